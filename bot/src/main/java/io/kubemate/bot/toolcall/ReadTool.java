package io.kubemate.bot.toolcall;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.ToolSpec;

/**
 * A read tool of the design's catalog. It runs at once, as the caller: Kubernetes reads as the caller's subject,
 * observability queries limited to the caller's namespaces. Each implementation is a bean that declares its
 * {@link ToolSpec}, so adding a tool touches one class.
 */
public interface ReadTool {

    /** What this tool is, declared once: name, parameters, command words, target kind, descriptions. */
    ToolSpec spec();

    /** The catalog name, e.g. {@code k8s_get}. */
    default String name() {
        return spec().name();
    }

    Outcome<? extends Reportable> run(Caller caller, ToolArgs args);
}
