package io.kubemate.connectors.alertmanager;

import io.kubemate.connectors.core.MalformedRequestException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AlertmanagerParserTest {

    @Test
    void reads_the_documented_version_4_payload() {
        AlertmanagerPayload payload = Payloads.parse(Payloads.firing());
        assertEquals("{}/{namespace=\"trade\"}:{alertname=\"HighLatency\"}", payload.groupKey());
        assertEquals("firing", payload.status());
        assertEquals("trade", payload.commonLabels().get("namespace"));
        assertEquals("http://alertmanager.monitoring:9093", payload.externalUrl());
        assertEquals(2, payload.alerts().size());
        assertEquals("order-api-6f7c9-abcde", payload.alerts().getFirst().labels().get("pod"));
        assertEquals("a1b2c3d4e5f60718", payload.alerts().getFirst().fingerprint());
        assertEquals(2, payload.firingCount());
    }

    @Test
    void refuses_other_versions_and_missing_group_keys_with_a_reason() {
        MalformedRequestException version = assertThrows(MalformedRequestException.class, () -> Payloads.parse(
                "{\"version\":\"3\",\"groupKey\":\"g\",\"status\":\"firing\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Alertmanager webhook version 3 is not supported (expected 4)", version.getMessage());
        MalformedRequestException key = assertThrows(MalformedRequestException.class, () -> Payloads.parse(
                "{\"version\":\"4\",\"status\":\"firing\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Alertmanager body has no groupKey", key.getMessage());
        assertThrows(MalformedRequestException.class, () -> Payloads.parse("[1,2".getBytes(StandardCharsets.UTF_8)));
    }
}
