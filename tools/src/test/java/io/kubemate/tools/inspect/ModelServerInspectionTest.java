package io.kubemate.tools.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.modelserver.ModelServer;
import io.kubemate.tools.modelserver.ModelServerProbe;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.sandbox.RecordedHttp;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ollama and vLLM servers against recorded answers: {@code inspect/model-server/{found,near-miss}/}. */
class ModelServerInspectionTest {

    private final RecordedPrometheus prometheus = new RecordedPrometheus();
    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        prometheus.close();
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private record Case(List<ModelServer> servers, Map<String, Set<String>> expected) {
    }

    private Case load(String folder) throws Exception {
        Path root = Fixtures.resource("inspect/model-server/" + folder);
        RecordedHttp.Server http = RecordedHttp.start(root.resolve("http"));
        servers.add(http);
        prometheus.answerMentioning(ModelServerInspection.WAITING, Files.readString(root.resolve("prometheus/waiting.json")))
                .answerMentioning(ModelServerInspection.LATENCY, Files.readString(root.resolve("prometheus/latency.json")));
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        JsonNode yaml = new ObjectMapper().readTree(root.resolve("servers.json").toFile());
        List<ModelServer> configured = new ArrayList<>();
        Map<String, Set<String>> expected = new TreeMap<>();
        for (JsonNode s : yaml.path("servers")) {
            List<String> models = new ArrayList<>();
            s.path("expected-models").forEach(m -> models.add(m.asText()));
            URI url = s.hasNonNull("path") ? URI.create(http.url() + "/" + s.path("path").asText()) : closed;
            configured.add(new ModelServer(s.path("name").asText(), url, ModelServer.Kind.named(s.path("kind").asText()).orElseThrow(),
                    models, s.path("namespace").asText(), 10, Duration.ofSeconds(30), Duration.ofSeconds(2)));
            Set<String> checks = new TreeSet<>();
            s.path("expect").forEach(c -> checks.add(c.asText()));
            if (!checks.isEmpty()) {
                expected.put(s.path("name").asText(), checks);
            }
        }
        return new Case(configured, expected);
    }

    private List<Finding> inspect(Case c, String namespace) throws Exception {
        return inspect(c, namespace, "found");
    }

    private List<Finding> inspect(Case c, String namespace, String folder) throws Exception {
        PrometheusClient client = new PrometheusClient("default", prometheus.url(), false, Duration.ofSeconds(2));
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/model-server/" + folder), null)) {
            return new ModelServerInspection(c.servers(), new ModelServerProbe(), () -> Outcome.ok(client))
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), namespace, Fixtures.CLOCK.instant()));
        }
    }

    private static Map<String, Set<String>> byServer(List<Finding> findings) {
        return findings.stream().collect(Collectors.groupingBy(Finding::name, TreeMap::new,
                Collectors.mapping(Finding::check, Collectors.toCollection(TreeSet::new))));
    }

    @Test
    void finds_missing_unloaded_unserved_models_a_silent_server_and_a_slow_queue() throws Exception {
        Case found = load("found");
        List<Finding> findings = inspect(found, null);
        assertFalse(found.expected().isEmpty());
        assertEquals(found.expected(), byServer(findings));
        Finding missing = findings.stream().filter(f -> f.check().equals("model-missing")).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, missing.severity());
        assertTrue(missing.problem().contains("qwen2.5:7b-instruct") && missing.problem().contains("model not found")
                && missing.problem().contains("air-gapped"), missing.problem());
        assertTrue(missing.fix().startsWith("OLLAMA_HOST=http://127.0.0.1:") && missing.fix().endsWith("ollama pull qwen2.5:7b-instruct"),
                missing.fix());
        Finding queue = findings.stream().filter(f -> f.check().equals("model-queue-high")).findFirst().orElseThrow();
        assertTrue(queue.problem().startsWith("37 requests have waited"), queue.problem());
        assertTrue(prometheus.asked().stream().anyMatch(q -> q.contains("model_name=~\"Qwen/Qwen2\\\\.5-14B-Instruct\"")),
                prometheus.asked().toString());
    }

    @Test
    void finds_nothing_in_the_near_misses() throws Exception {
        List<Finding> findings = inspect(load("near-miss"), null, "near-miss");
        assertTrue(findings.isEmpty(), findings.toString());
    }

    @Test
    void a_namespace_inspection_reports_only_that_namespaces_servers() throws Exception {
        assertEquals(Map.of("summarizer", Set.of("model-server-unreachable")), byServer(inspect(load("found"), "ai-batch")));
        assertEquals(Map.of(), byServer(inspect(load("found"), "payments")));
    }
}
