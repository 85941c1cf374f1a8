package io.kubemate.tools.inspect;

class PodInspectionFixtureTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new PodInspection(new io.kubemate.tools.redact.Redactor());
    }

    @Override
    String fixture() {
        return "pod";
    }
}
