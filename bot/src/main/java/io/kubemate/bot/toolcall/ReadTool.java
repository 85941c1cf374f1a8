package io.kubemate.bot.toolcall;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;

/**
 * A read tool of the design's catalog. It runs at once, as the caller: Kubernetes reads as the caller's subject,
 * observability queries limited to the caller's namespaces. Each implementation is a bean, so adding a tool
 * touches one class.
 */
public interface ReadTool {

    /** The catalog name, e.g. {@code k8s_get}. */
    String name();

    Outcome<? extends Reportable> run(Caller caller, ToolArgs args);
}
