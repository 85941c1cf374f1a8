package io.kubemate.tools.inspect;

class HorizontalPodAutoscalerInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new HorizontalPodAutoscalerInspection();
    }

    @Override
    String fixture() {
        return "hpa";
    }
}
