package io.kubemate.tools.inspect;

class ConfigMapInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new ConfigMapInspection();
    }

    @Override
    String fixture() {
        return "configmap";
    }
}
