package io.kubemate.tools.inspect;

class GatewayRouteInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new GatewayRouteInspection();
    }

    @Override
    String fixture() {
        return "gateway";
    }
}
