package io.kubemate.tools.inspect;

class ResourceQuotaInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new ResourceQuotaInspection();
    }

    @Override
    String fixture() {
        return "resourcequota";
    }
}
