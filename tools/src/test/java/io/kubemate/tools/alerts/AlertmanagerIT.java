package io.kubemate.tools.alerts;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Against the real Alertmanager started by deploy/local/test.sh (KUBEMATE_TEST_ALERTMANAGER_URL). */
class AlertmanagerIT {

    private static AlertmanagerClient client;
    private final String namespace = "it-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void connect() {
        String url = System.getenv("KUBEMATE_TEST_ALERTMANAGER_URL");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"))) {
                fail("KUBEMATE_TEST_ALERTMANAGER_URL is not set although the test script promised its services");
            }
            assumeTrue(false, "no Alertmanager: run deploy/local/test.sh, which starts one");
        }
        client = new AlertmanagerClient("it", URI.create(url), Duration.ofSeconds(10));
    }

    private Map<String, Object> alert(String name, String severity, String pod, String summary) {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("alertname", name);
        labels.put("severity", severity);
        labels.put("namespace", namespace);
        labels.put("pod", pod);
        return Map.of("labels", labels,
                "annotations", Map.of("summary", summary, "runbook_url", "https://runbooks.example/" + name),
                "startsAt", Instant.now().minus(Duration.ofMinutes(12)).toString(),
                "endsAt", Instant.now().plus(Duration.ofHours(1)).toString());
    }

    @Test
    void posted_alerts_are_listed_grouped_by_alertname_with_the_labels_that_differ() {
        assertInstanceOf(Outcome.Ok.class, client.postAlerts(List.of(
                alert("KubePodCrashLooping", "warning", "order-svc-1", "Pod is crash looping"),
                alert("KubePodCrashLooping", "warning", "order-svc-2", "Pod is crash looping"),
                alert("HighErrorRate", "critical", "order-svc-1", "5xx above 5% password=hunter2"))));

        var summary = assertInstanceOf(Outcome.Ok.class, new AlertLister(new Redactor(), Clock.systemUTC())
                .list(client, NamespaceScope.all(), namespace, TokenBudget.defaults()));
        AlertSummary alerts = (AlertSummary) summary.value();
        assertEquals(List.of("HighErrorRate", "KubePodCrashLooping"), alerts.rows().stream().map(AlertRow::alertname).toList());
        AlertRow crash = alerts.rows().get(1);
        assertEquals(2, crash.firing());
        assertEquals(List.of("order-svc-1", "order-svc-2"), crash.differing().get("pod").stream().sorted().toList());
        assertEquals(namespace, crash.common().get("namespace"));
        String markdown = alerts.markdown();
        assertTrue(markdown.contains("3 alerts firing in `" + namespace + "`"), markdown);
        assertTrue(markdown.contains("https://runbooks.example/KubePodCrashLooping"), markdown);
        assertTrue(markdown.contains("12m ago"), markdown);
        assertFalse(markdown.contains("hunter2"), markdown);

        var groups = assertInstanceOf(Outcome.Ok.class, client.alertGroups(List.of(Matcher.equal("namespace", namespace))));
        assertFalse(((List<?>) groups.value()).isEmpty());
    }

    @Test
    void a_created_silence_is_listed_and_can_be_expired() {
        NewSilence silence = new NewSilence(List.of(Matcher.equal("namespace", namespace), Matcher.equal("alertname", "Noisy")),
                Instant.now(), Instant.now().plus(Duration.ofHours(1)), "it-user", "maintenance window");
        var created = assertInstanceOf(Outcome.Ok.class, client.createSilence(silence));
        String id = (String) created.value();

        SilenceLister lister = new SilenceLister(new Redactor(), Clock.systemUTC());
        var listed = assertInstanceOf(Outcome.Ok.class, lister.list(client, NamespaceScope.all(), namespace, false, TokenBudget.defaults()));
        SilenceList silences = (SilenceList) listed.value();
        assertEquals(List.of(id), silences.silences().stream().map(Silence::id).toList());
        assertEquals("active", silences.silences().getFirst().state());
        assertTrue(silences.markdown().contains("alertname=\"Noisy\""), silences.markdown());

        assertInstanceOf(Outcome.Ok.class, client.expireSilence(id));
        assertInstanceOf(Outcome.NoData.class, lister.list(client, NamespaceScope.all(), namespace, false, TokenBudget.defaults()));
        var all = assertInstanceOf(Outcome.Ok.class, lister.list(client, NamespaceScope.all(), namespace, true, TokenBudget.defaults()));
        assertEquals("expired", ((SilenceList) all.value()).silences().getFirst().state());
    }

    @Test
    void a_namespace_the_caller_cannot_read_is_refused_without_a_query() {
        var refused = assertInstanceOf(Outcome.Forbidden.class, new AlertLister(new Redactor(), Clock.systemUTC())
                .list(client, NamespaceScope.only(java.util.Set.of("trade")), namespace, TokenBudget.defaults()));
        assertEquals("you don't have access to namespace " + namespace, refused.reason());
    }
}
