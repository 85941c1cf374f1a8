package io.kubemate.bot.toolcall;

import io.kubemate.tools.alerts.AlertmanagerClient;
import io.kubemate.bot.observe.Backends;
import io.kubemate.bot.observe.FakeBackend;
import io.kubemate.bot.observe.LokiEndpoint;
import io.kubemate.bot.observe.MetricShortcutsSource;
import io.kubemate.bot.observe.PrometheusEndpoint;
import io.kubemate.bot.observe.ToolsProperties;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObservabilityToolsTest {

    private final FakeBackend fake = new FakeBackend();
    private final Backends backends = new Backends(
            List.of(new PrometheusEndpoint("main", fake.url(), false, Duration.ofSeconds(2))),
            List.of(new AlertmanagerClient("main", fake.url(), Duration.ofSeconds(2))),
            List.of(new LokiEndpoint("main", fake.url(), null, Duration.ofHours(6), 0, 5000, Duration.ofMillis(300))),
            List.of());
    private final ToolsProperties properties = new ToolsProperties(1500, Duration.ofDays(7));
    /** May read payments only, with every code. */
    private final Caller payments = new Caller(Subject.impersonating("u", List.of()), (code, ns) -> "payments".equals(ns));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void refuses_a_namespace_the_caller_may_not_read_without_sending_the_query() {
        var logs = assertInstanceOf(Outcome.Forbidden.class, new LogsQueryTool(backends, new Redactor(), Clock.systemUTC(), properties)
                .run(payments, ToolArgs.of(Map.of("namespace", "trade", "workload", "order-svc"))));
        assertEquals("you don't have access to namespace trade", logs.reason());
        var metrics = assertInstanceOf(Outcome.Forbidden.class, new MetricsQueryTool(backends, MetricShortcutsSource.load(null), new Redactor(), Clock.systemUTC(), properties)
                .run(payments, ToolArgs.of(Map.of("namespace", "trade", "workload", "order-svc", "shortcut", "cpu"))));
        assertEquals("you don't have access to namespace trade", metrics.reason());
        var alerts = assertInstanceOf(Outcome.Forbidden.class, new AlertsListTool(backends, new Redactor(), Clock.systemUTC(), properties)
                .run(payments, ToolArgs.of(Map.of("namespace", "trade"))));
        assertEquals("you don't have access to namespace trade", alerts.reason());
        assertTrue(fake.requests().isEmpty(), fake.requests().toString());
    }

    @Test
    void answers_that_no_jaeger_is_configured() {
        var none = assertInstanceOf(Outcome.NoData.class, new TraceGetTool(backends, new Redactor(), Clock.systemUTC(), properties)
                .run(payments, ToolArgs.of(Map.of("trace_id", "4bf92f35"))));
        assertEquals("no Jaeger is configured (set kubemate.jaeger.<name>.url)", none.reason());
    }

    @Test
    void a_loki_that_times_out_degrades_the_answer_instead_of_failing_the_request() {
        fake.slow("/loki/api/v1/query_range", 2_000);
        var failure = assertInstanceOf(Outcome.Failure.class, new LogsQueryTool(backends, new Redactor(), Clock.systemUTC(), properties)
                .run(payments, ToolArgs.of(Map.of("namespace", "payments", "workload", "payment-api", "since", "15m"))));
        assertEquals(Outcome.FailureKind.BACKEND_ERROR, failure.kind());
        assertTrue(failure.reason().contains("Loki 'main' did not answer within 300 ms"), failure.reason());
    }

    @Test
    void alerts_outside_the_callers_namespaces_are_not_shown() {
        fake.answer("/api/v2/alerts", """
                [{"labels":{"alertname":"A","namespace":"payments","severity":"warning"},"annotations":{},"startsAt":"2026-11-24T10:00:00Z","status":{"state":"active"}},
                 {"labels":{"alertname":"B","namespace":"trade","severity":"critical"},"annotations":{},"startsAt":"2026-11-24T10:00:00Z","status":{"state":"active"}}]""");
        var ok = assertInstanceOf(Outcome.Ok.class, new AlertsListTool(backends, new Redactor(), Clock.systemUTC(), properties)
                .run(payments, ToolArgs.of(Map.of())));
        String markdown = ((io.kubemate.tools.report.Reportable) ok.value()).markdown();
        assertTrue(markdown.contains("| `A` |") && !markdown.contains("| `B` |"), markdown);
    }

    @Test
    void reads_durations_in_chat_forms() {
        assertEquals(Duration.ofMinutes(90), ToolArgs.of(Map.of("since", "1h30m")).duration("since"));
        assertEquals(Duration.ofMinutes(15), ToolArgs.of(Map.of("since", "PT15M")).duration("since"));
        assertTrue(assertInstanceOf(IllegalArgumentException.class, org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ToolArgs.of(Map.of("since", "soon")).duration("since")))
                .getMessage().contains("like 15m"));
    }
}
