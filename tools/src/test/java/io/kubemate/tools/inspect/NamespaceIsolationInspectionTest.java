package io.kubemate.tools.inspect;

class NamespaceIsolationInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new NamespaceIsolationInspection();
    }

    @Override
    String fixture() {
        return "namespace-isolation";
    }
}
