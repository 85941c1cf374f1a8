package io.kubemate.tools.inspect;

class ImageTagInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new ImageTagInspection();
    }

    @Override
    String fixture() {
        return "image-tag";
    }
}
