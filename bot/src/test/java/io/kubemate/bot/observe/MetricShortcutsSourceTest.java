package io.kubemate.bot.observe;

import io.kubemate.tools.alerts.AlertmanagerClient;
import io.kubemate.tools.metrics.MetricShortcuts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricShortcutsSourceTest {

    @TempDir
    Path tmp;

    private static final String OWN = """
            shortcuts:
              latency_p95:
                title: p95 latency per route
                unit: seconds
                promql: histogram_quantile(0.95, sum by (le, route) (rate(traefik_service_request_duration_seconds_bucket{namespace="${namespace}", service=~"${workload}.*"}[5m])))
              cpu:
                title: CPU usage per pod
                unit: cores
                promql: sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="${namespace}", pod=~"${workload}-.*"}[5m]))
            """;

    @Test
    void an_operators_file_replaces_the_bundled_templates_without_a_rebuild() throws Exception {
        Path file = Files.writeString(tmp.resolve("shortcuts.yaml"), OWN);
        MetricShortcuts own = MetricShortcutsSource.load(file.toString());
        assertEquals(List.of("cpu", "latency_p95"), own.names());
        assertEquals(Set.of("traefik_service_request_duration_seconds_bucket"), own.metricNames(own.get("latency_p95").orElseThrow()));
        assertTrue(MetricShortcutsSource.load(null).names().contains("request_rate"), "the bundled file is the default");
    }

    @Test
    void a_broken_file_stops_the_start_naming_the_file_and_the_problem() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.yaml"), "shortcuts:\n  cpu:\n    title: no query\n");
        var failure = assertThrows(IllegalStateException.class, () -> MetricShortcutsSource.load(file.toString()));
        assertTrue(failure.getMessage().contains("bad.yaml") && failure.getMessage().contains("has no promql"), failure.getMessage());
        var missing = assertThrows(IllegalStateException.class, () -> MetricShortcutsSource.load(tmp.resolve("none.yaml").toString()));
        assertTrue(missing.getMessage().contains("cannot read"), missing.getMessage());
    }

    @Test
    void templates_reading_metrics_prometheus_does_not_have_are_reported_at_start() throws Exception {
        try (FakeBackend prometheus = new FakeBackend()) {
            prometheus.answer("/api/v1/label/__name__/values", """
                    {"status":"success","data":["container_cpu_usage_seconds_total","up"]}""");
            Backends backends = new Backends(List.of(new PrometheusEndpoint("main", prometheus.url(), false, Duration.ofSeconds(2))),
                    List.<AlertmanagerClient>of(), List.of(), List.of());
            Path file = Files.writeString(tmp.resolve("shortcuts.yaml"), OWN);

            List<ShortcutMetricsCheck.Gap> gaps = new ShortcutMetricsCheck(backends, MetricShortcutsSource.load(file.toString())).check();

            assertEquals(List.of(new ShortcutMetricsCheck.Gap("main", "latency_p95", Set.of("traefik_service_request_duration_seconds_bucket"))),
                    gaps);
        }
    }

    @Test
    void an_unreachable_prometheus_is_skipped_not_fatal() {
        Backends backends = new Backends(List.of(new PrometheusEndpoint("main", java.net.URI.create("http://127.0.0.1:9"), false,
                Duration.ofMillis(300))), List.<AlertmanagerClient>of(), List.of(), List.of());
        assertEquals(List.of(), new ShortcutMetricsCheck(backends, MetricShortcutsSource.load(null)).check());
    }
}
