package io.kubemate.bot.pipelines;

import io.kubemate.tools.pipeline.PipelineLimits;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The pipeline limits the tools module's inspection reads, from {@code kubemate.pipelines.*}. */
@Factory
public class PipelinesFactory {

    @Singleton
    PipelineLimits pipelineLimits(PipelinesProperties properties) {
        return new PipelineLimits(properties.failingRuns());
    }
}
