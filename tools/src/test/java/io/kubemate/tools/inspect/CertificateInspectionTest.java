package io.kubemate.tools.inspect;

class CertificateInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new CertificateInspection();
    }

    @Override
    String fixture() {
        return "certificate";
    }
}
