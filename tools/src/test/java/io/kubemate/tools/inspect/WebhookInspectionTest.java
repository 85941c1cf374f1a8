package io.kubemate.tools.inspect;

class WebhookInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new WebhookInspection();
    }

    @Override
    String fixture() {
        return "webhook";
    }
}
