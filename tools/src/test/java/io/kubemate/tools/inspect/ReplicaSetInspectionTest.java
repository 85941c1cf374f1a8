package io.kubemate.tools.inspect;

class ReplicaSetInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new ReplicaSetInspection();
    }

    @Override
    String fixture() {
        return "replicaset";
    }
}
