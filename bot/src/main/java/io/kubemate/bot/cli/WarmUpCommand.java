package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The run the JVM's class cache is trained on ({@code use_class_cache} in {@code deploy/local/lib.sh}): the server
 * starts as {@code serve} does, on a free loopback port, answers {@code /health} and the console, then each question
 * through the chat API as the sandbox's {@code web:dev}, and stops. So the cache holds what starting a server, a
 * diagnosis and an inspection need, which no single command does. The knowledge index is a throw-away folder, so
 * that training never touches the configured one. Prints each request's HTTP status; exit 1 when one is not 200.
 */
@Command(name = "warm-up", hidden = true, description = "Serve on a free port, ask the questions over HTTP, stop (trains the class cache).")
final class WarmUpCommand implements Callable<Integer> {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The questions, asked in order.")
    List<String> questions;

    @Override
    public Integer call() throws Exception {
        Path index = Files.createTempDirectory("kubemate-warm-up");
        try {
            return warmUp(index.resolve("knowledge"));
        } finally {
            try (Stream<Path> files = Files.walk(index)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private int warmUp(Path index) throws Exception {
        BotLauncher.Launch launch = BotLauncher.launch(cluster, Map.of("micronaut.server.host", "127.0.0.1",
                "micronaut.server.port", -1, "micronaut.lifecycle.graceful-shutdown.enabled", false,
                "kubemate.knowledge.index-dir", index.toString()));
        ApplicationContext context = launch.context();
        PrintWriter out = spec.commandLine().getOut();
        boolean allAnswered = true;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            launch.awaitCluster();
            URI base = server.getURI();
            ObjectMapper json = context.getBean(ObjectMapper.class);
            Map<String, HttpRequest.Builder> requests = new LinkedHashMap<>();
            requests.put("/health", HttpRequest.newBuilder(base.resolve("/health")).GET());
            requests.put("/", HttpRequest.newBuilder(base.resolve("/")).GET());
            for (int i = 0; i < questions.size(); i++) {
                String body = json.writeValueAsString(Map.of("user", "web:dev", "conversation", "warm-up-" + i,
                        "text", questions.get(i)));
                requests.put(questions.get(i), HttpRequest.newBuilder(base.resolve("/api/chat"))
                        .header("Content-Type", "application/json").header("Origin", base.toString().replaceAll("/$", ""))
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
            }
            for (Map.Entry<String, HttpRequest.Builder> request : requests.entrySet()) {
                int status = send(http, request.getValue());
                allAnswered &= status == 200;
                out.println(request.getKey() + " " + status);
            }
        } finally {
            out.flush();
            BotLauncher.stop(context);
        }
        return allAnswered ? 0 : 1;
    }

    private static int send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
