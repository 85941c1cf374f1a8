package io.kubemate.tools.inspect;

class DefaultServiceAccountInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new DefaultServiceAccountInspection();
    }

    @Override
    String fixture() {
        return "default-serviceaccount";
    }
}
