package io.kubemate.tools.inspect;

class NetworkPolicyInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new NetworkPolicyInspection();
    }

    @Override
    String fixture() {
        return "networkpolicy";
    }
}
