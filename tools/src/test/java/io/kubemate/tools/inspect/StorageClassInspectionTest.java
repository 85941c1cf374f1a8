package io.kubemate.tools.inspect;

class StorageClassInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new StorageClassInspection();
    }

    @Override
    String fixture() {
        return "storageclass";
    }
}
