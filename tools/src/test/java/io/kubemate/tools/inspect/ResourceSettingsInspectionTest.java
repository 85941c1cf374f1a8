package io.kubemate.tools.inspect;

class ResourceSettingsInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new ResourceSettingsInspection();
    }

    @Override
    String fixture() {
        return "resources";
    }
}
