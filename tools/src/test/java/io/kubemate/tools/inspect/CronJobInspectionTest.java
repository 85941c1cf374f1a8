package io.kubemate.tools.inspect;

class CronJobInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new CronJobInspection();
    }

    @Override
    String fixture() {
        return "cronjob";
    }
}
