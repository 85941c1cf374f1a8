package io.kubemate.tools.inspect;

class PersistentVolumeInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new PersistentVolumeInspection();
    }

    @Override
    String fixture() {
        return "pv";
    }
}
