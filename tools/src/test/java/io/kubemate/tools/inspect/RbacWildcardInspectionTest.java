package io.kubemate.tools.inspect;

class RbacWildcardInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new RbacWildcardInspection();
    }

    @Override
    String fixture() {
        return "rbac-wildcard";
    }
}
