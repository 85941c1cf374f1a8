package io.kubemate.tools.metrics;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Range queries against a real Prometheus holding backfilled history: the test writes OpenMetrics, turns it into
 * TSDB blocks with {@code promtool tsdb create-blocks-from openmetrics}, and starts its own short-lived Prometheus
 * on that directory (the test script's Prometheus keeps its data where tests cannot reach it).
 */
class PrometheusIT {

    private static final Instant END = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    private static final Instant START = END.minus(Duration.ofHours(2));
    private static final Instant JUMP = START.plus(Duration.ofMinutes(80));

    private static Path dir;
    private static Process prometheus;
    private static URI url;

    @BeforeAll
    static void backfillAndStart() throws Exception {
        boolean required = "true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"));
        if (!onPath("promtool") || !onPath("prometheus")) {
            if (required) {
                fail("promtool and prometheus must be on PATH (deploy/local/test.sh installs them)");
            }
            assumeTrue(false, "promtool or prometheus is not on PATH: run deploy/local/test.sh");
        }
        dir = Files.createTempDirectory("kubemate-prom-it");
        Path om = dir.resolve("history.om");
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
        Files.writeString(om, text);
        Path data = dir.resolve("data");
        run(List.of("promtool", "tsdb", "create-blocks-from", "openmetrics", om.toString(), data.toString()));
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 1m\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        url = URI.create("http://127.0.0.1:" + port);
        prometheus = new ProcessBuilder("prometheus", "--config.file=" + config, "--storage.tsdb.path=" + data,
                "--web.listen-address=127.0.0.1:" + port).redirectErrorStream(true)
                .redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 150; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(url.resolve("/-/ready")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("Prometheus did not become ready: " + Files.readString(dir.resolve("prometheus.log")));
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.destroy();
            prometheus.waitFor(10, TimeUnit.SECONDS);
        }
        if (dir != null) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
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

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + out);
        }
    }
}
