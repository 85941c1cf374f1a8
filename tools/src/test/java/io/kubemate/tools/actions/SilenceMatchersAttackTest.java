package io.kubemate.tools.actions;

import io.kubemate.tools.alerts.AlertmanagerClient;
import io.kubemate.tools.http.StandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 18 item 11: a silence that matches everything, however its matchers are spelled. The guard must decide by
 * what the matchers match (in principle, and against the alerts firing now), not by the text of the regex.
 */
class SilenceMatchersAttackTest {

    private static final String FIRING = """
            [
             {"labels":{"alertname":"HighLatency","severity":"warning","namespace":"trade"},"fingerprint":"a1",
              "startsAt":"2026-11-24T10:00:00Z","status":{"state":"active","silencedBy":[],"inhibitedBy":[]}},
             {"labels":{"alertname":"KubePodCrashLooping","severity":"critical","namespace":"trade"},"fingerprint":"a2",
              "startsAt":"2026-11-24T10:00:00Z","status":{"state":"active","silencedBy":[],"inhibitedBy":[]}},
             {"labels":{"alertname":"NodeDown","severity":"critical","namespace":"payments"},"fingerprint":"a3",
              "startsAt":"2026-11-24T10:00:00Z","status":{"state":"active","silencedBy":[],"inhibitedBy":[]}}
            ]""";

    private final StandIn alertmanager = new StandIn().reply("/api/v2/alerts", 200, FIRING);
    private final SilenceAlertAction action = new SilenceAlertAction(
            List.of(new AlertmanagerClient("main", alertmanager.url(), Duration.ofSeconds(2))), Clock.systemUTC());

    @AfterEach
    void stop() {
        alertmanager.close();
    }

    private void refused(String matchers) {
        assertThrows(ActionRejected.class, () -> action.plan(null, Map.of("matchers", matchers)), matchers);
    }

    @Test
    void refuses_a_lone_negative_matcher() {
        refused("alertname!=\"Nope\"");
    }

    @Test
    void refuses_a_catch_all_regex_in_a_group() {
        refused("severity=~\"(.*)\"");
    }

    @Test
    void refuses_a_doubled_catch_all_regex() {
        refused("alertname=~\".*.*\"");
    }

    @Test
    void refuses_not_equal_to_empty() {
        refused("severity!=\"\"");
    }

    @Test
    void refuses_a_regex_matching_every_non_empty_value() {
        refused("alertname=~\".{1,}\"");
    }

    @Test
    void refuses_a_character_class_catch_all() {
        refused("alertname=~\"[^=]*\"");
    }

    @Test
    void refuses_a_lone_negative_regex() {
        refused("severity!~\"none\"");
    }

    @Test
    void refuses_only_unbounded_matchers_together() {
        refused("alertname=~\"(?:.*)\", severity!=\"info\"");
    }

    @Test
    void refuses_an_alternation_with_the_empty_string() {
        refused("alertname=~\"|Nope\"");
    }

    @Test
    void refuses_matchers_that_cover_every_alert_firing_now() {
        refused("severity=~\"warning|critical\"");
    }

    @Test
    void refuses_a_namespace_wildcard_standing_in_for_a_name() {
        refused("namespace=~\"t.*|p.*\"");
    }

    @Test
    void still_allows_a_silence_of_one_alert_by_name_or_by_a_bounded_regex() {
        assertDoesNotThrow(() -> action.plan(null, Map.of("alertname", "HighLatency", "namespace", "trade")));
        assertDoesNotThrow(() -> action.plan(null, Map.of("matchers", "alertname=~\"HighLatency|NodeDown\", severity!=\"info\"")));
    }
}
