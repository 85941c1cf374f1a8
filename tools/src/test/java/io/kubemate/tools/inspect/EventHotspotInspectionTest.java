package io.kubemate.tools.inspect;

class EventHotspotInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new EventHotspotInspection(new io.kubemate.tools.redact.Redactor());
    }

    @Override
    String fixture() {
        return "event-hotspot";
    }
}
