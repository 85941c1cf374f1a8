package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.knowledge.BundledRunbookIndexer;
import io.kubemate.tools.sandbox.ManifestException;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The training run of the JVM's class cache (a JDK AOT cache, or a CDS archive on JDK 21–24): serves a sandbox on
 * a free loopback port, sends it the console's requests ({@code cli/training-requests.txt}) over HTTP as the
 * development user, and stops. With {@code --one-shot} it runs one-shot commands instead ({@code inspect} and
 * {@code route} on the sandbox's manifests, in this JVM; neither writes to the data folder). Two caches, because the JVM loads every class of its cache
 * at start: the HTTP server's classes made each one-shot command about 0.3 s slower. Hidden: deploy scripts and the
 * image build run it, people do not.
 */
@Command(name = "train", hidden = true, description = "Training run for the JVM's class cache (used by deploy scripts).")
final class TrainCommand implements Callable<Integer> {

    static final String REQUESTS = "cli/training-requests.txt";
    private static final String USER = "web:train";

    @Spec
    CommandSpec spec;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--one-shot", description = "Train the one-shot commands (inspect, route) instead of serve.")
    boolean oneShot;

    @Override
    public Integer call() throws Exception {
        if (oneShot) {
            return oneShotCommands();
        }
        // the run's index, models and audit records are its own, so that it leaves nothing in a real data folder
        Path data = Files.createTempDirectory("kubemate-train");
        Map<String, Object> properties = Map.of(
                "micronaut.server.port", -1,
                "micronaut.server.host", "127.0.0.1",
                "micronaut.lifecycle.graceful-shutdown.enabled", false,
                "kubemate.identity.dev-user", USER,
                "kubemate.knowledge.index-dir", data.resolve("knowledge").toString(),
                "kubemate.audit.file", data.resolve("audit.jsonl").toString());
        PrintWriter out = spec.commandLine().getOut();
        ApplicationContext context;
        try {
            context = BotLauncher.start(cluster, properties);
        } catch (RuntimeException | ManifestException e) {
            PathUtils.deleteDirectory(data);
            throw e;
        }
        try {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            URI base = server.getURI();
            ObjectMapper json = context.getBean(ObjectMapper.class);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            int failed = 0;
            for (String line : requests()) {
                int status = send(http, json, base, line);
                if (status != 200) {
                    failed++;
                    out.println("training request answered HTTP " + status + ": " + line);
                }
            }
            // a first start indexes the bundled runbooks: that belongs in the training too
            context.getBean(BundledRunbookIndexer.class).awaitIndexed(Duration.ofMinutes(5));
            out.flush();
            return failed == 0 ? 0 : 1;
        } finally {
            BotLauncher.stop(context);
            PathUtils.deleteDirectory(data);
        }
    }

    private static int send(HttpClient http, ObjectMapper json, URI base, String line) throws IOException, InterruptedException {
        String origin = base.getScheme() + "://" + base.getAuthority();
        HttpRequest.Builder request;
        if (line.startsWith("CHAT ")) {
            String body = json.writeValueAsString(Map.of("user", USER, "conversation", "training", "text", line.substring(5)));
            request = HttpRequest.newBuilder(base.resolve("/api/chat")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        } else if (line.startsWith("GET ")) {
            request = HttpRequest.newBuilder(base.resolve(line.substring(4))).GET();
        } else {
            throw new IllegalArgumentException(REQUESTS + ": neither GET nor CHAT: " + line);
        }
        HttpRequest built = request.header("Origin", origin).timeout(Duration.ofSeconds(60)).build();
        return http.send(built, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int oneShotCommands() {
        Path scenario = cluster.scenario;
        if (scenario == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--one-shot needs --scenario DIR");
        }
        String question = requests().stream().filter(l -> l.startsWith("CHAT ") && !l.startsWith("CHAT /"))
                .map(l -> l.substring(5)).findFirst().orElseThrow();
        String manifests = scenario.resolve("cluster").toString();
        List<List<String>> commands = List.of(
                List.of("inspect", "--manifests", manifests, "--json"),
                List.of("route", question, "--manifests", manifests, "--json"));
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (List<String> command : commands) {
            String[] args = command.toArray(String[]::new);
            CommandLine line = new KubemateCommand().commandLine(args);
            line.setOut(new PrintWriter(Writer.nullWriter()));
            int code = line.execute(args);
            if (code != 0) {
                failed++;
                out.println("training command exited with " + code + ": " + String.join(" ", command));
            }
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    static List<String> requests() {
        try (InputStream in = TrainCommand.class.getClassLoader().getResourceAsStream(REQUESTS)) {
            if (in == null) {
                throw new IllegalStateException(REQUESTS + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
