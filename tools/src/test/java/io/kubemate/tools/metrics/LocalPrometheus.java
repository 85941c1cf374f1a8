package io.kubemate.tools.metrics;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A short-lived real Prometheus over backfilled history: OpenMetrics text becomes TSDB blocks through
 * {@code promtool tsdb create-blocks-from openmetrics}, then {@code prometheus} serves them on a free port. Tests
 * that need it are skipped when the binaries are not on PATH (they fail instead when
 * {@code KUBEMATE_REQUIRE_SERVICES=true}, as in deploy/local/test.sh).
 */
final class LocalPrometheus implements AutoCloseable {

    private final Path dir;
    private final Process process;
    private final URI url;

    private LocalPrometheus(Path dir, Process process, URI url) {
        this.dir = dir;
        this.process = process;
        this.url = url;
    }

    static LocalPrometheus start(String openMetrics) throws Exception {
        boolean required = "true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"));
        if (!onPath("promtool") || !onPath("prometheus")) {
            if (required) {
                fail("promtool and prometheus must be on PATH (deploy/local/test.sh installs them)");
            }
            assumeTrue(false, "promtool or prometheus is not on PATH: run deploy/local/test.sh");
        }
        Path dir = Files.createTempDirectory("kubemate-prom-it");
        Path om = dir.resolve("history.om");
        Files.writeString(om, openMetrics);
        Path data = dir.resolve("data");
        run(List.of("promtool", "tsdb", "create-blocks-from", "openmetrics", om.toString(), data.toString()));
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 1m\n");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port);
        Process process = new ProcessBuilder("prometheus", "--config.file=" + config, "--storage.tsdb.path=" + data,
                "--web.listen-address=127.0.0.1:" + port).redirectErrorStream(true)
                .redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        LocalPrometheus prometheus = new LocalPrometheus(dir, process, url);
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 150; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(url.resolve("/-/ready")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return prometheus;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        String log = Files.readString(dir.resolve("prometheus.log"));
        prometheus.close();
        fail("Prometheus did not become ready: " + log);
        return prometheus;
    }

    URI url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + out);
        }
    }
}
