package io.kubemate.tools.inspect;

class PersistentVolumeClaimInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new PersistentVolumeClaimInspection();
    }

    @Override
    String fixture() {
        return "pvc";
    }
}
