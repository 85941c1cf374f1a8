package io.kubemate.tools.report;

import java.util.List;
import java.util.Optional;

/** A tool result that can be shown compactly in chat and handed to a model. */
public interface Reportable {

    /** Markdown for chat: a short heading line and the essentials, most relevant first. */
    String markdown();

    /** The raw facts behind the answer (events, log lines, status), shown expandable. */
    List<Evidence> evidence();

    /** A chart a console may draw beside the text, where a person would rather look than read. */
    default Optional<Chart> chart() {
        return Optional.empty();
    }
}
