package io.kubemate.bot.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar, run as a user runs it: its service index is in place, and neither a command nor a serving bot
 * opens the jar as a zip file system (Micronaut's services and resources, the bundled runbooks), which is watched
 * through the JVM's class-loading log.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/kubemate-chatops.jar").toAbsolutePath();
    private static final Path SCENARIO = Path.of("../evals/scenarios/crashloop-payment").toAbsolutePath().normalize();
    private static final String ZIP_FILE_SYSTEM = "jdk.nio.zipfs.ZipFileSystem ";

    @TempDir
    Path dir;

    @Test
    void the_jar_carries_its_service_index() throws IOException {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertNotNull(jar.getEntry(ServiceIndex.RESOURCE));
        }
    }

    @Test
    void commands_answer_without_opening_the_jar_as_a_zip_file_system() throws Exception {
        for (List<String> command : List.of(
                List.of("route", "why is payment-api restarting?", "--manifests", SCENARIO.resolve("cluster").toString(), "--json"),
                List.of("inspect", "--manifests", SCENARIO.resolve("cluster").toString(), "--json"))) {
            Path log = dir.resolve(command.getFirst() + ".log");
            Process process = java(log, command).redirectOutput(dir.resolve(command.getFirst() + ".out").toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not finish");
            String out = Files.readString(dir.resolve(command.getFirst() + ".out"));
            assertEquals(0, process.exitValue(), command + ": " + out);
            assertTrue(out.startsWith("{"), command + ": " + out);
            assertFalse(Files.readString(log).contains(ZIP_FILE_SYSTEM), command + " opened the jar as a zip file system");
        }
        assertTrue(Files.readString(dir.resolve("route.out")).contains("\"diagnose\""));
    }

    @Test
    void a_serving_bot_gives_its_console_and_indexes_its_runbooks_without_a_zip_file_system() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("serve.log");
        ProcessBuilder builder = java(log, List.of("serve", "--scenario", SCENARIO.toString()))
                .redirectOutput(dir.resolve("serve.out").toFile()).redirectErrorStream(true);
        builder.environment().put("KUBEMATE_PORT", Integer.toString(port));
        Process process = builder.start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + port;
            awaitHealth(http, base, process);
            assertEquals(200, get(http, base + "/").statusCode());
            assertEquals(200, get(http, base + "/app.js").statusCode());
            assertEquals(404, get(http, base + "/../application.yml").statusCode());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(dir.resolve("serve.out")).contains("bundled runbooks indexed") && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(Files.readString(dir.resolve("serve.out")).contains("bundled runbooks indexed with"),
                    "the bundled runbooks were not indexed");
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(Files.readString(log).contains(ZIP_FILE_SYSTEM), "the server opened the jar as a zip file system");
    }

    /**
     * SIGTERM while the bundled runbooks are first indexed (the ONNX runtime embedding on other threads): the stop
     * lets the indexing finish and the JVM exits with 143. Stopped from a shutdown hook, the JVM crashed here (exit
     * 134 and an hs_err file) in most runs, because the ONNX runtime's own hook released it under the embedding.
     */
    @Test
    void a_stop_while_the_runbooks_are_indexed_finishes_the_index_and_exits_cleanly() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = java(dir.resolve("stop.log"), List.of("serve", "--scenario", SCENARIO.toString()))
                .redirectOutput(dir.resolve("stop.out").toFile()).redirectErrorStream(true);
        builder.environment().put("KUBEMATE_PORT", Integer.toString(port));
        Process process = builder.start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            awaitHealth(http, "http://127.0.0.1:" + port, process);
            Thread.sleep(1000); // the indexing has started embedding
            assertFalse(Files.readString(dir.resolve("stop.out")).contains("bundled runbooks indexed"),
                    "the indexing ended before the stop: nothing was tested");
            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server did not stop");
        } finally {
            process.destroyForcibly();
        }
        String out = Files.readString(dir.resolve("stop.out"));
        assertEquals(143, process.exitValue(), out);
        assertTrue(out.contains("bundled runbooks indexed with"), out);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("hs_err")), "the JVM crashed");
        }
    }

    /** Runs the jar in the test's folder, where whatever it writes (audit log, index) is thrown away afterwards. */
    private ProcessBuilder java(Path classLog, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xlog:class+load=info:file=" + classLog, "-jar", JAR.toString()));
        command.addAll(arguments);
        return new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    private static void awaitHealth(HttpClient http, String base, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (get(http, base + "/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not answer /health");
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
