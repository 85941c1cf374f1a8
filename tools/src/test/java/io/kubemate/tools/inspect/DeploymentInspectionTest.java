package io.kubemate.tools.inspect;

class DeploymentInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new DeploymentInspection();
    }

    @Override
    String fixture() {
        return "deployment";
    }
}
