package io.kubemate.tools.actions;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SilenceMatchersTest {

    @Test
    void builds_matchers_from_the_alert_the_namespace_and_extra_label_matchers() throws Exception {
        var matchers = SilenceMatchers.of(Map.of("alertname", "HighLatency", "namespace", "trade",
                "matchers", "severity=\"warning\", pod=~\"order-api-.*\""));
        assertEquals("alertname=\"HighLatency\", namespace=\"trade\", severity=\"warning\", pod=~\"order-api-.*\"", SilenceMatchers.text(matchers));
        assertEquals("trade", SilenceMatchers.namespace(matchers));
    }

    @Test
    void refuses_malformed_matchers_and_silences_of_everything() {
        var malformed = assertThrows(ActionRejected.class, () -> SilenceMatchers.of(Map.of("matchers", "severity is warning")));
        assertTrue(malformed.getMessage().startsWith("'severity is warning' is not a matcher"), malformed.getMessage());
        var everything = assertThrows(ActionRejected.class, () -> SilenceMatchers.of(Map.of("matchers", "alertname=~\".*\"")));
        assertTrue(everything.getMessage().contains("every alert"), everything.getMessage());
        assertThrows(ActionRejected.class, () -> SilenceMatchers.of(Map.of()));
    }

    @Test
    void quoted_values_keep_commas_and_escaped_quotes_and_read_back_the_same() throws Exception {
        var matchers = SilenceMatchers.of(Map.of("alertname", "HighLatency",
                "matchers", "pod=~\"order-api-[0-9]{1,3}\", note=\"say \\\"hi\\\", then go\""));
        assertEquals("order-api-[0-9]{1,3}", matchers.get(1).value());
        assertEquals("say \"hi\", then go", matchers.get(2).value());
        assertEquals(matchers, SilenceMatchers.of(Map.of("matchers", SilenceMatchers.text(matchers))));
    }

    @Test
    void reads_durations_and_bounds_them() throws Exception {
        assertEquals(Duration.ofHours(2), SilenceAlertAction.duration("2h"));
        assertEquals(Duration.ofMinutes(30), SilenceAlertAction.duration("30m"));
        assertEquals(Duration.ofDays(1), SilenceAlertAction.duration("1d"));
        assertEquals(Duration.ofHours(1), SilenceAlertAction.duration(null), "an hour when none is given");
        assertThrows(ActionRejected.class, () -> SilenceAlertAction.duration("30d"));
        assertThrows(ActionRejected.class, () -> SilenceAlertAction.duration("soon"));
    }
}
