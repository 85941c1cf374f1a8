package io.kubemate.tools.metrics;

import io.kubemate.tools.http.StandIn;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsQueryTest {

    static MetricShortcuts shippedShortcuts() {
        try (Reader reader = Files.newBufferedReader(Path.of("../prompts/metrics/shortcuts.yaml"))) {
            return MetricShortcuts.parse(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final StandIn server = new StandIn();
    private final PrometheusClient client = new PrometheusClient("main", server.url(), true, Duration.ofSeconds(2));
    private final MetricsQuery tool = new MetricsQuery(shippedShortcuts(), new Redactor(),
            Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC), Duration.ofDays(1));

    @AfterEach
    void stop() {
        server.close();
    }

    private String sentQuery() {
        return URLDecoder.decode(server.requests().getFirst().body(), StandardCharsets.UTF_8);
    }

    @Test
    void the_shipped_shortcuts_cover_the_common_asks_and_stay_in_the_namespace() {
        MetricShortcuts shortcuts = shippedShortcuts();
        assertEquals(java.util.List.of("cpu", "error_ratio", "latency_p95", "latency_p99", "memory", "request_rate", "restarts"),
                shortcuts.names());
        for (String name : shortcuts.names()) {
            String promql = shortcuts.render(shortcuts.get(name).orElseThrow(), "trade", "order-svc");
            assertEquals(Outcome.ok(promql).toString(), PromqlScope.restrict(promql, NamespaceScope.only(Set.of("trade"))).toString(), promql);
        }
    }

    @Test
    void a_shortcut_becomes_its_promql_with_dedup_for_thanos() {
        server.reply("/api/v1/query", 200, """
                {"status":"success","data":{"resultType":"vector","result":[
                 {"metric":{},"value":[1732449600,"0.4321"]}]}}""");
        var ok = assertInstanceOf(Outcome.Ok.class, tool.query(client, NamespaceScope.only(Set.of("trade")),
                new MetricsRequest(null, "latency_p99", "trade", "order-svc", null), TokenBudget.defaults()));
        assertTrue(sentQuery().contains("histogram_quantile(0.99"), sentQuery());
        assertTrue(sentQuery().contains("namespace=\"trade\", app=\"order-svc\""), sentQuery());
        assertTrue(sentQuery().contains("dedup=true"), sentQuery());
        String markdown = ((MetricsResult) ok.value()).markdown();
        assertTrue(markdown.contains("P99 request latency of trade/order-svc"), markdown);
        assertTrue(markdown.contains("432 ms"), markdown);
        assertTrue(((MetricsResult) ok.value()).chart().isEmpty(), "an instant value is read, not drawn");
    }

    @Test
    void invalid_promql_answers_with_the_servers_error_text() {
        server.reply("/api/v1/query", 400, """
                {"status":"error","errorType":"bad_data","error":"invalid parameter \\"query\\": 1:8: parse error: unexpected end of input"}""");
        var failure = assertInstanceOf(Outcome.Failure.class, tool.query(client, NamespaceScope.all(),
                new MetricsRequest("sum(up", null, null, null, null), TokenBudget.defaults()));
        assertEquals(Outcome.FailureKind.BAD_REQUEST, failure.kind());
        assertTrue(failure.reason().contains("parse error: unexpected end of input"), failure.reason());
    }

    @Test
    void a_namespace_the_caller_cannot_read_is_refused_without_a_query() {
        var denied = assertInstanceOf(Outcome.Forbidden.class, tool.query(client, NamespaceScope.only(Set.of("trade")),
                new MetricsRequest(null, "cpu", "payments", "pay-api", null), TokenBudget.defaults()));
        assertEquals("you don't have access to namespace payments", denied.reason());
        assertInstanceOf(Outcome.Forbidden.class, tool.query(client, NamespaceScope.only(Set.of("trade")),
                new MetricsRequest("up{namespace=\"payments\"}", null, null, null, null), TokenBudget.defaults()));
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void a_workload_name_that_is_not_a_kubernetes_name_is_refused() {
        var failure = assertInstanceOf(Outcome.Failure.class, tool.query(client, NamespaceScope.all(),
                new MetricsRequest(null, "cpu", "trade", "x\"}) or up{a=\"", null), TokenBudget.defaults()));
        assertTrue(failure.reason().contains("not a Kubernetes name"), failure.reason());
    }

    @Test
    void a_range_longer_than_allowed_is_refused() {
        var failure = assertInstanceOf(Outcome.Failure.class, tool.query(client, NamespaceScope.all(),
                new MetricsRequest("up", null, null, null, Duration.ofDays(30)), TokenBudget.defaults()));
        assertTrue(failure.reason().contains("longer than the allowed"), failure.reason());
    }

    @Test
    void range_results_are_summarised_not_listed() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            values.append(i == 0 ? "" : ",").append("[").append(1732446000 + i * 30).append(",\"").append(i < 70 ? 1 : 9).append("\"]");
        }
        server.reply("/api/v1/query_range", 200, "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                + "{\"metric\":{\"pod\":\"order-1\"},\"values\":[" + values + "]}]}}");
        var ok = assertInstanceOf(Outcome.Ok.class, tool.query(client, NamespaceScope.all(),
                new MetricsRequest("up", null, null, null, Duration.ofHours(1)), TokenBudget.defaults()));
        MetricsResult result = (MetricsResult) ok.value();
        SeriesSummary s = result.rows().getFirst().summary();
        assertEquals(SeriesSummary.Trend.RISING, s.trend());
        assertEquals(Instant.ofEpochSecond(1732446000 + 70 * 30), s.risingSince());
        assertTrue(sentQuery().contains("step=30.0"), sentQuery());
        assertTrue(result.markdown().contains("rising"), result.markdown());
        var chart = result.chart().orElseThrow();
        assertEquals(1, chart.lines().size());
        assertEquals(100, chart.lines().getFirst().points().size());
        assertEquals(new io.kubemate.tools.report.Chart.Point(1732446000 + 99 * 30, 9), chart.lines().getFirst().points().getLast());
        assertTrue(!result.markdown().contains("1732446"), result.markdown());
    }

    @Test
    void a_range_query_uses_the_step_asked_for_and_refuses_one_giving_too_many_points() {
        server.reply("/api/v1/query_range", 200, "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                + "{\"metric\":{\"pod\":\"order-1\"},\"values\":[[1732446000,\"1\"],[1732446060,\"2\"]]}]}}");
        assertInstanceOf(Outcome.Ok.class, tool.query(client, NamespaceScope.all(),
                new MetricsRequest("up", null, null, null, Duration.ofHours(1), Duration.ofMinutes(1)), TokenBudget.defaults()));
        assertTrue(sentQuery().contains("step=60.0"), sentQuery());

        var tooFine = assertInstanceOf(Outcome.Failure.class, tool.query(client, NamespaceScope.all(),
                new MetricsRequest("up", null, null, null, Duration.ofHours(20), Duration.ofSeconds(1)), TokenBudget.defaults()));
        assertTrue(tooFine.reason().contains("at most 11000 points"), tooFine.reason());
        var noRange = assertInstanceOf(Outcome.Failure.class, tool.query(client, NamespaceScope.all(),
                new MetricsRequest("up", null, null, null, null, Duration.ofMinutes(1)), TokenBudget.defaults()));
        assertTrue(noRange.reason().contains("needs a time range"), noRange.reason());
    }
}
