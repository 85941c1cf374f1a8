package io.kubemate.tools.pipeline;

import java.util.List;

/**
 * Why one PipelineRun failed: the TaskRun that failed and its step (null when Tekton did not say, e.g. a timeout before
 * any step ran), and the tail of that step's log, redacted; {@code logNote} says why the log is not shown when it is not.
 */
public record PipelineFailure(PipelineRunInfo run, TaskRunInfo taskRun, TaskRunInfo.Step step, List<String> log, String logNote) {

    public PipelineFailure {
        log = List.copyOf(log);
    }
}
