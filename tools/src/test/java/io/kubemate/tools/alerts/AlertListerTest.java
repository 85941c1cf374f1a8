package io.kubemate.tools.alerts;

import io.kubemate.tools.http.StandIn;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertListerTest {

    private static final String ALERTS = """
            [
             {"labels":{"alertname":"KubePodCrashLooping","severity":"warning","namespace":"trade","pod":"a-1"},
              "annotations":{"summary":"crash looping"},"startsAt":"2026-11-24T10:00:00.000Z","endsAt":"2026-11-24T13:00:00Z",
              "fingerprint":"f1","status":{"state":"active","silencedBy":[],"inhibitedBy":[]}},
             {"labels":{"alertname":"KubePodCrashLooping","severity":"warning","namespace":"trade","pod":"a-2"},
              "annotations":{"summary":"crash looping"},"startsAt":"2026-11-24T11:00:00.000+08:00","endsAt":"2026-11-24T13:00:00Z",
              "fingerprint":"f2","status":{"state":"suppressed","silencedBy":["s1"],"inhibitedBy":[]}},
             {"labels":{"alertname":"NodeDown","severity":"critical"},"annotations":{},
              "startsAt":"2026-11-24T11:50:00Z","fingerprint":"f3","status":{"state":"active","silencedBy":[],"inhibitedBy":[]}},
             {"labels":{"alertname":"Secret","severity":"critical","namespace":"payments"},"annotations":{},
              "startsAt":"2026-11-24T11:50:00Z","fingerprint":"f4","status":{"state":"active"}}
            ]""";

    private final StandIn server = new StandIn().reply("/api/v2/alerts", 200, ALERTS);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private final AlertmanagerClient client = new AlertmanagerClient("main", server.url(), Duration.ofSeconds(2));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void hides_alerts_outside_the_callers_namespaces_and_counts_them() {
        var ok = assertInstanceOf(Outcome.Ok.class, new AlertLister(new Redactor(), clock)
                .list(client, NamespaceScope.only(Set.of("trade")), null, TokenBudget.defaults()));
        AlertSummary summary = (AlertSummary) ok.value();
        assertEquals(List.of("KubePodCrashLooping"), summary.rows().stream().map(AlertRow::alertname).toList());
        assertEquals(2, summary.hiddenOutOfScope());
        AlertRow row = summary.rows().getFirst();
        assertEquals(1, row.firing());
        assertEquals(1, row.muted());
        assertEquals(Instant.parse("2026-11-24T03:00:00Z"), row.since());
        assertTrue(summary.markdown().contains("2 alerts in namespaces you cannot read"), summary.markdown());
    }

    @Test
    void sorts_the_worst_severity_first_for_callers_who_read_everything() {
        var ok = assertInstanceOf(Outcome.Ok.class, new AlertLister(new Redactor(), clock)
                .list(client, NamespaceScope.all(), null, TokenBudget.defaults()));
        AlertSummary summary = (AlertSummary) ok.value();
        assertEquals("critical", summary.rows().getFirst().severity());
        assertEquals(0, summary.hiddenOutOfScope());
    }

    @Test
    void sends_the_namespace_as_an_alertmanager_filter() {
        new AlertLister(new Redactor(), clock).list(client, NamespaceScope.all(), "trade", TokenBudget.defaults());
        assertEquals("filter=namespace%3D%22trade%22", server.requests().getFirst().query());
    }

    @Test
    void sends_nothing_for_a_namespace_the_caller_cannot_read() {
        var refused = assertInstanceOf(Outcome.Forbidden.class, new AlertLister(new Redactor(), clock)
                .list(client, NamespaceScope.only(Set.of("trade")), "payments", TokenBudget.defaults()));
        assertEquals("you don't have access to namespace payments", refused.reason());
        assertTrue(server.requests().isEmpty());
    }
}
