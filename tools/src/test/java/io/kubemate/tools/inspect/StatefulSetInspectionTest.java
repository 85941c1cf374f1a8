package io.kubemate.tools.inspect;

class StatefulSetInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new StatefulSetInspection();
    }

    @Override
    String fixture() {
        return "statefulset";
    }
}
