package io.kubemate.tools.inspect;

class JobInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new JobInspection();
    }

    @Override
    String fixture() {
        return "job";
    }
}
