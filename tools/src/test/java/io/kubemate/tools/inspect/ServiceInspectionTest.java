package io.kubemate.tools.inspect;

class ServiceInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new ServiceInspection();
    }

    @Override
    String fixture() {
        return "service";
    }
}
