package io.kubemate.evals.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.kubemate.bot.chat.platform.HookDispatcher;
import io.kubemate.bot.cli.BotLauncher;
import io.kubemate.bot.cli.ClusterOptions;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An alert storm against the running bot: {@code groups} alert groups growing over {@code rounds} deliveries each
 * (Alertmanager resends a group's whole alert list every time), so groups × rounds webhook calls carry
 * groups × rounds × step distinct alerts. Reports ingest throughput as a ratio to {@code GET /health} of the same
 * server in the same run, and the chat messages (posts and in-place updates) a stand-in Slack API received.
 * Arguments: groups rounds step concurrency (default 50 10 20 8).
 */
public final class AlertStormBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEARER_TOKEN = "bench-alertmanager-token";

    private AlertStormBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            storm(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // the sandbox's mock API server leaves non-daemon event-loop threads behind, also when the storm failed
        System.exit(status);
    }

    private static void storm(String[] args) throws Exception {
        int groups = arg(args, 0, 50);
        int rounds = arg(args, 1, 10);
        int step = arg(args, 2, 20);
        int concurrency = arg(args, 3, 8);
        AtomicInteger posts = new AtomicInteger();
        AtomicInteger updates = new AtomicInteger();
        HttpServer slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slack.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        slack.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            (exchange.getRequestURI().getPath().endsWith("chat.update") ? updates : posts).incrementAndGet();
            byte[] answer = ("{\"ok\":true,\"ts\":\"1764000000." + (posts.get() + updates.get()) + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        slack.start();
        List<String> routes = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            routes.add("alertname=Storm" + g + " -> slack:bench:C" + g);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("kubemate.audit.file", Files.createTempDirectory("bench-audit").resolve("audit.jsonl").toString());
        properties.put("kubemate.slack.bench.signing-secret", "bench-signing-secret");
        properties.put("kubemate.slack.bench.bot-token", "xoxb-bench");
        properties.put("kubemate.slack.bench.api-url", "http://127.0.0.1:" + slack.getAddress().getPort() + "/api");
        properties.put("kubemate.alertmanager-webhook.routes", routes);
        properties.put("kubemate.alertmanager-webhook.bearer-token", BEARER_TOKEN);
        properties.put("kubemate.knowledge.bundled-at-start", false);
        List<byte[]> bodies = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (int g = 0; g < groups; g++) {
                bodies.add(group(g, round * step));
            }
        }
        try (ApplicationContext context = BotLauncher.start(ClusterOptions.scenario(Path.of("evals/scenarios/crashloop-payment")), properties)) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            HttpClient http = HttpClient.newHttpClient();
            URI hook = URI.create("http://127.0.0.1:" + server.getPort() + "/hooks/alertmanager");
            URI health = URI.create("http://127.0.0.1:" + server.getPort() + "/health");
            run(http, bodies.size(), concurrency, i -> HttpRequest.newBuilder(health).GET().build());
            double trivial = run(http, bodies.size(), concurrency, i -> HttpRequest.newBuilder(health).GET().build());
            double storm = run(http, bodies.size(), concurrency, i -> HttpRequest.newBuilder(hook)
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + BEARER_TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build());
            long drainStart = System.nanoTime();
            context.getBean(HookDispatcher.class).awaitIdle(Duration.ofMinutes(10));
            double drain = (System.nanoTime() - drainStart) / 1e9;
            System.out.printf("webhook calls: %d, distinct alerts: %d, alerts carried: %d%n", bodies.size(), groups * rounds * step,
                    (long) groups * step * rounds * (rounds + 1) / 2);
            System.out.printf("GET /health: %.0f calls/s; POST /hooks/alertmanager: %.0f calls/s; ratio %.2f%n", trivial, storm, storm / trivial);
            System.out.printf("chat messages posted: %d, updated in place: %d; sends drained %.1f s after the last call%n",
                    posts.get(), updates.get(), drain);
        } finally {
            slack.stop(0);
        }
    }

    private static double run(HttpClient http, int calls, int concurrency, java.util.function.IntFunction<HttpRequest> request) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                        HttpResponse<String> response = http.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        return calls / ((System.nanoTime() - start) / 1e9);
    }

    private static byte[] group(int group, int alerts) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("version", "4").put("groupKey", "{}:{alertname=\"Storm" + group + "\"}")
                .put("status", "firing").put("receiver", "kubemate").put("externalURL", "http://alertmanager:9093");
        body.putObject("groupLabels").put("alertname", "Storm" + group);
        body.putObject("commonLabels").put("alertname", "Storm" + group).put("namespace", "trade").put("severity", "warning");
        body.putObject("commonAnnotations").put("summary", "订单服务实例过载 / order service instances overloaded");
        ArrayNode array = body.putArray("alerts");
        for (int i = 0; i < alerts; i++) {
            ObjectNode alert = array.addObject().put("status", "firing").put("startsAt", "2026-11-24T10:40:00Z")
                    .put("endsAt", "0001-01-01T00:00:00Z").put("fingerprint", String.format("%08x%08x", group, i));
            alert.putObject("labels").put("alertname", "Storm" + group).put("namespace", "trade").put("severity", "warning")
                    .put("pod", "order-api-" + i);
        }
        return JSON.writeValueAsBytes(body);
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
