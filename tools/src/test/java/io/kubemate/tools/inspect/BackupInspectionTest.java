package io.kubemate.tools.inspect;

class BackupInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new BackupInspection();
    }

    @Override
    String fixture() {
        return "backup";
    }
}
