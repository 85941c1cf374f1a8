package io.kubemate.tools.pipeline;

/**
 * How the pipeline inspection judges a pipeline ({@code kubemate.pipelines.*}).
 *
 * @param failingRuns a pipeline whose newest this many finished runs all failed is reported
 */
public record PipelineLimits(int failingRuns) {

    public static final int DEFAULT_FAILING_RUNS = 3;

    public PipelineLimits {
        if (failingRuns < 1) {
            throw new IllegalArgumentException("kubemate.pipelines.failing-runs must be at least 1, got " + failingRuns);
        }
    }

    public static PipelineLimits defaults() {
        return new PipelineLimits(DEFAULT_FAILING_RUNS);
    }
}
