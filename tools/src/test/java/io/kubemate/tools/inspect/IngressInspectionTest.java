package io.kubemate.tools.inspect;

class IngressInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new IngressInspection();
    }

    @Override
    String fixture() {
        return "ingress";
    }
}
