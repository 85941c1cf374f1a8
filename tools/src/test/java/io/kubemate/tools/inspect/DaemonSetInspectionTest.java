package io.kubemate.tools.inspect;

class DaemonSetInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new DaemonSetInspection();
    }

    @Override
    String fixture() {
        return "daemonset";
    }
}
