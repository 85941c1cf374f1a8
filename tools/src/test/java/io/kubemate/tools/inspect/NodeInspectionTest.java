package io.kubemate.tools.inspect;

class NodeInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new NodeInspection();
    }

    @Override
    String fixture() {
        return "node";
    }
}
