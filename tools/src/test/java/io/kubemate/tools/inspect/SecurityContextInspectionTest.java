package io.kubemate.tools.inspect;

class SecurityContextInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new SecurityContextInspection();
    }

    @Override
    String fixture() {
        return "security-context";
    }
}
