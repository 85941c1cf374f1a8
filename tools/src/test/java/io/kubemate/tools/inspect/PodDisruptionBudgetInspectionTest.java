package io.kubemate.tools.inspect;

class PodDisruptionBudgetInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new PodDisruptionBudgetInspection();
    }

    @Override
    String fixture() {
        return "pdb";
    }
}
