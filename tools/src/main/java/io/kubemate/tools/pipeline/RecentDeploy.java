package io.kubemate.tools.pipeline;

import java.time.Instant;

/** A PipelineRun that finished lately and whose params or results name an image a workload runs. */
public record RecentDeploy(PipelineRunInfo run, String image, Instant finished) {

    /** One line of evidence, the same in every language: the run, its pipeline, how it ended and when, the image. */
    public String line() {
        return "`" + run.namespace() + "/" + run.name() + "` (pipeline `" + run.pipeline() + "`, " + run.state().word() + " "
                + finished + "): `" + image + "`";
    }
}
