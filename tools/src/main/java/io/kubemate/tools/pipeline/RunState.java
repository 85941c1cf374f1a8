package io.kubemate.tools.pipeline;

import java.util.Locale;
import java.util.Set;

/** Where a PipelineRun or TaskRun stands, from its {@code Succeeded} condition (and {@code spec.status} while pending). */
public enum RunState {
    FAILED, CANCELLED, RUNNING, PENDING, SUCCEEDED;

    /** The reasons Tekton gives a run that was cancelled or stopped on request rather than failed. */
    private static final Set<String> CANCELLED_REASONS = Set.of("Cancelled", "CancelledRunFinally", "StoppedRunFinally",
            "PipelineRunCancelled", "TaskRunCancelled");

    static RunState of(String status, String reason, String specStatus) {
        if ("True".equals(status)) {
            return SUCCEEDED;
        }
        if ("False".equals(status)) {
            return CANCELLED_REASONS.contains(reason) ? CANCELLED : FAILED;
        }
        if ("PipelineRunPending".equals(specStatus) || "PipelineRunPending".equals(reason) || "Pending".equals(reason)) {
            return PENDING;
        }
        return RUNNING;
    }

    /** The lower-case word shown to people. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == FAILED || this == CANCELLED || this == SUCCEEDED;
    }
}
