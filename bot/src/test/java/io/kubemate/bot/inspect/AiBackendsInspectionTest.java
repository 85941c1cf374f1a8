package io.kubemate.bot.inspect;

import com.sun.net.httpserver.HttpServer;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.knowledge.KnowledgeProperties;
import io.kubemate.bot.llm.LlmProperties;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.GpuIdleInspection;
import io.kubemate.tools.inspect.GpuInspection;
import io.kubemate.tools.inspect.Inspection;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.inspect.InspectionScope;
import io.kubemate.tools.inspect.MilvusInspection;
import io.kubemate.tools.inspect.Severity;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bot's own model server and Milvus store, probed cheaply in a whole-cluster inspection. */
class AiBackendsInspectionTest {

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer model;

    @AfterEach
    void stop() {
        if (model != null) {
            model.stop(0);
        }
    }

    private String modelServer(int status) throws IOException {
        model = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        model.createContext("/", exchange -> {
            asked.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        model.start();
        return "http://127.0.0.1:" + model.getAddress().getPort();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static LlmProperties llm(String provider, String baseUrl, String apiKey) {
        return new LlmProperties(provider, baseUrl, "qwen2.5:7b-instruct", apiKey, Duration.ofSeconds(60), 8192, 0.1, 8, 6000, 1500,
                Duration.ofSeconds(30));
    }

    private static KnowledgeProperties knowledge(String store, String milvusUri) {
        return new KnowledgeProperties("data/knowledge", "bge-small-zh-v15-q", store, 52428800, Duration.ofSeconds(10), 1200, true, Duration.ofSeconds(20),
                new KnowledgeProperties.Milvus(milvusUri, "root", "Milvus", "", "kubemate_knowledge", Duration.ofSeconds(10)));
    }

    private static List<Finding> inspect(LlmProperties llm, KnowledgeProperties knowledge, String namespace) {
        // the probes read no cluster object, so the scope needs no cluster
        return new AiBackendsInspection(llm, knowledge, new AiProbeProperties(Duration.ofMillis(500)))
                .inspect(new InspectionScope(null, Subject.ownCredentials(), namespace, Instant.now()));
    }

    @Test
    void a_model_server_that_answers_and_no_milvus_give_no_finding() throws Exception {
        String url = modelServer(200);
        assertEquals(List.of(), inspect(llm("ollama", url, null), knowledge("lucene", "http://127.0.0.1:1"), null));
        assertEquals(List.of("/api/version null"), asked);
    }

    @Test
    void an_openai_compatible_server_is_asked_for_its_models_with_the_key_and_a_401_still_counts_as_answering() throws Exception {
        String url = modelServer(401);
        assertEquals(List.of(), inspect(llm("openai", url + "/v1/", "sk-test"), knowledge("lucene", null), null));
        assertEquals(List.of("/v1/models Bearer sk-test"), asked);
    }

    @Test
    void a_model_server_that_does_not_answer_is_a_warning_with_a_curl_to_try() throws Exception {
        int port = closedPort();
        List<Finding> findings = inspect(llm("ollama", "http://127.0.0.1:" + port, null), knowledge("lucene", null), null);
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.getFirst();
        assertEquals("ai-llm-unreachable", f.check());
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.problem().startsWith("the bot's language model at http://127.0.0.1:" + port + "/api/version does not answer"), f.problem());
        assertEquals("curl -sS -m 5 -o /dev/null -w '%{http_code}\\n' http://127.0.0.1:" + port + "/api/version", f.fix());
    }

    @Test
    void a_failing_model_server_and_an_unreachable_milvus_are_both_reported() throws Exception {
        String url = modelServer(503);
        int port = closedPort();
        List<Finding> findings = inspect(llm("openai", url + "/v1", null), knowledge("milvus", "http://127.0.0.1:" + port), null);
        assertEquals(List.of("ai-llm-unreachable", "ai-vector-store-unreachable"), findings.stream().map(Finding::check).toList());
        assertTrue(findings.getFirst().problem().contains("(HTTP 503)"), findings.getFirst().problem());
        assertEquals("nc -vz -w 5 127.0.0.1 " + port, findings.get(1).fix());
    }

    @Test
    void a_reachable_milvus_gives_no_finding() throws Exception {
        try (ServerSocket milvus = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(List.of(), inspect(llm("none", null, null), knowledge("milvus", "http://127.0.0.1:" + milvus.getLocalPort()), null));
        }
    }

    @Test
    void without_a_model_on_purpose_or_in_a_namespace_inspection_nothing_is_probed() throws Exception {
        String url = modelServer(503);
        assertEquals(List.of(), inspect(llm("none", url, null), knowledge("lucene", null), null));
        assertEquals(List.of(), inspect(llm("ollama", url, null), knowledge("milvus", "http://127.0.0.1:" + closedPort()), "payments"));
        assertEquals(List.of(), asked);
    }

    @Test
    void the_gpu_milvus_and_ai_backend_items_run_with_every_inspection_and_stay_quiet_in_a_bot_without_model_or_prometheus() throws Exception {
        try (TestBot bot = TestBot.scenario()) {
            List<Inspection> inspections = List.copyOf(bot.context().getBeansOfType(Inspection.class));
            for (Class<?> type : List.of(GpuInspection.class, GpuIdleInspection.class, MilvusInspection.class, AiBackendsInspection.class)) {
                assertTrue(inspections.stream().anyMatch(type::isInstance), type.getSimpleName());
            }
            var report = assertInstanceOf(Outcome.Ok.class, bot.context().getBean(InspectionRunner.class).run(Subject.ownCredentials(), null));
            assertFalse(((InspectionReport) report.value()).findings().stream().anyMatch(f -> f.check().startsWith("ai-") || f.check().startsWith("gpu")),
                    report.value().toString());
        }
    }
}
