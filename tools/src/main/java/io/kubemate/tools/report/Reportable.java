package io.kubemate.tools.report;

import java.util.List;

/** A tool result that can be shown compactly in chat and handed to a model. */
public interface Reportable {

    /** Markdown for chat: a short heading line and the essentials, most relevant first. */
    String markdown();

    /** The raw facts behind the answer (events, log lines, status), shown expandable. */
    List<Evidence> evidence();
}
