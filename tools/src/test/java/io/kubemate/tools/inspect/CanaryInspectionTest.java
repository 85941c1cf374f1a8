package io.kubemate.tools.inspect;

import io.kubemate.tools.canary.CanaryPolicy;

class CanaryInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new CanaryInspection(CanaryPolicy.defaults());
    }

    @Override
    String fixture() {
        return "canary";
    }
}
