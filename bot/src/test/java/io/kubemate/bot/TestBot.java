package io.kubemate.bot;

import io.kubemate.bot.cli.BotLauncher;
import io.kubemate.bot.cli.ClusterOptions;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The bot started the way {@code serve} starts it, on a free port, with a plain JDK HTTP client. */
public final class TestBot implements AutoCloseable {

    public static final Path SCENARIO = Path.of("../evals/scenarios/crashloop-payment");

    private final ApplicationContext context;
    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestBot(ApplicationContext context) {
        this.context = context;
        this.server = context.getBean(EmbeddedServer.class);
        server.start();
    }

    public static TestBot start(ClusterOptions cluster, Map<String, Object> properties) throws Exception {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("micronaut.server.port", -1);
        all.putIfAbsent("kubemate.knowledge.index-dir", java.nio.file.Files.createTempDirectory("kubemate-knowledge").toString());
        all.putIfAbsent("kubemate.knowledge.bundled-at-start", false);
        all.putIfAbsent("kubemate.audit.file", java.nio.file.Files.createTempDirectory("kubemate-audit").resolve("audit.jsonl").toString());
        return new TestBot(BotLauncher.start(cluster, all));
    }

    public static TestBot scenario() throws Exception {
        return start(ClusterOptions.scenario(SCENARIO), Map.of());
    }

    public ApplicationContext context() {
        return context;
    }

    public HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public String url(String path) {
        return uri(path).toString();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    @Override
    public void close() {
        server.stop();
        BotLauncher.stop(context);
    }
}
