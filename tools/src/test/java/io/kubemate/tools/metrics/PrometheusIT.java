package io.kubemate.tools.metrics;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Range queries against a real Prometheus holding backfilled history ({@link LocalPrometheus}: the test script's
 * Prometheus keeps its data where tests cannot reach it).
 */
class PrometheusIT {

    private static final Instant END = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    private static final Instant START = END.minus(Duration.ofHours(2));
    private static final Instant JUMP = START.plus(Duration.ofMinutes(80));

    private static LocalPrometheus prometheus;
    private static URI url;

    @BeforeAll
    static void backfillAndStart() throws Exception {
        StringBuilder text = new StringBuilder("# HELP kubemate_it_latency_seconds Request latency.\n"
                + "# TYPE kubemate_it_latency_seconds gauge\n");
        for (String pod : List.of("order-1", "order-2")) {
            for (Instant t = START; !t.isAfter(END); t = t.plusSeconds(30)) {
                double value = pod.equals("order-2") ? 0.2 : t.isBefore(JUMP) ? 0.1 : 0.9;
                text.append("kubemate_it_latency_seconds{namespace=\"trade\",pod=\"").append(pod).append("\"} ")
                        .append(value).append(' ').append(t.getEpochSecond()).append('\n');
            }
        }
        text.append("# EOF\n");
        prometheus = LocalPrometheus.start(text.toString());
        url = prometheus.url();
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    @Test
    void a_range_over_backfilled_history_is_summarised_per_series() {
        PrometheusClient client = new PrometheusClient("it", url, false, Duration.ofSeconds(10));
        MetricsQuery tool = new MetricsQuery(MetricsQueryTest.shippedShortcuts(), new Redactor(), Clock.systemUTC(), Duration.ofDays(1));
        Duration range = Duration.between(START, Instant.now());
        var ok = assertInstanceOf(Outcome.Ok.class, tool.query(client, NamespaceScope.only(java.util.Set.of("trade")),
                new MetricsRequest("kubemate_it_latency_seconds{namespace=\"trade\"}", null, null, null, range), TokenBudget.defaults()));
        MetricsResult result = (MetricsResult) ok.value();
        assertEquals(2, result.rows().size());
        SeriesSummary rising = result.rows().getFirst().summary();
        assertTrue(rising.labels().contains("order-1"), rising.labels());
        assertEquals(SeriesSummary.Trend.RISING, rising.trend());
        assertEquals(0.9, rising.last(), 1e-9);
        assertEquals(0.1, rising.min(), 1e-9);
        assertNotNull(rising.risingSince());
        long offBy = Math.abs(Duration.between(JUMP, rising.risingSince()).toSeconds());
        assertTrue(offBy <= 120, "rising since " + rising.risingSince() + ", jump at " + JUMP);
        assertEquals(SeriesSummary.Trend.FLAT, result.rows().get(1).summary().trend());
        assertTrue(result.markdown().contains("rising"), result.markdown());
    }

    @Test
    void invalid_promql_reports_the_real_servers_parse_error() {
        PrometheusClient client = new PrometheusClient("it", url, false, Duration.ofSeconds(10));
        var failure = assertInstanceOf(Outcome.Failure.class, client.instant("sum(rate(kubemate_it_latency_seconds[5m]", Instant.now()));
        assertEquals(Outcome.FailureKind.BAD_REQUEST, failure.kind());
        assertTrue(failure.reason().contains("parse error"), failure.reason());
    }
}
