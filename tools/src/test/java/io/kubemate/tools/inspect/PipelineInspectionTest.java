package io.kubemate.tools.inspect;

import io.kubemate.tools.pipeline.PipelineLimits;
import io.kubemate.tools.redact.Redactor;

class PipelineInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new PipelineInspection(PipelineLimits.defaults(), new Redactor());
    }

    @Override
    String fixture() {
        return "pipeline";
    }
}
