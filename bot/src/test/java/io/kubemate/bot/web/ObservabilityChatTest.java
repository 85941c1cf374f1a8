package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.bot.observe.FakeBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console asks about alerts, logs and traces; Alertmanager and Loki are stand-ins, Jaeger is not configured. */
class ObservabilityChatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeBackend alertmanager;
    private static FakeBackend loki;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        String now = Instant.now().minusSeconds(600).toString();
        long nanos = Instant.now().minusSeconds(60).toEpochMilli() * 1_000_000L;
        alertmanager = new FakeBackend().answer("/api/v2/alerts", """
                [{"labels":{"alertname":"KubePodCrashLooping","namespace":"payments","pod":"payment-api-1","severity":"warning"},
                  "annotations":{"summary":"payment-api is crash looping","runbook_url":"https://runbooks.example/crashloop"},
                  "startsAt":"%s","status":{"state":"active","silencedBy":[],"inhibitedBy":[]}}]""".formatted(now));
        loki = new FakeBackend().answer("/loki/api/v1/query_range", """
                {"status":"success","data":{"resultType":"streams","result":[
                  {"stream":{"namespace":"payments","app":"payment-api"},"values":[
                    ["%d","ERROR gateway call 991 failed: PAYMENT_GATEWAY_TIMEOUT password=S3cr3t-Payments-2026!"],
                    ["%d","ERROR gateway call 992 failed: PAYMENT_GATEWAY_TIMEOUT password=S3cr3t-Payments-2026!"]]}],
                 "stats":{"summary":{"totalBytesProcessed":2048}}}}""".formatted(nanos, nanos - 1_000_000_000L));
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.alertmanager.main.url", alertmanager.url().toString(),
                "kubemate.loki.main.url", loki.url().toString(),
                "kubemate.loki.main.tenant", "payments"));
    }

    @AfterAll
    static void stop() {
        bot.close();
        alertmanager.close();
        loki.close();
    }

    private static JsonNode chat(String text) throws Exception {
        HttpResponse<String> response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:viewer",
                "conversation", "obs", "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void answers_whats_firing_with_the_grouped_alerts() throws Exception {
        JsonNode reply = chat("what's firing in payments?");
        assertEquals("alerts_list", reply.get("tool").asText());
        String text = reply.get("reply").asText();
        assertTrue(text.contains("KubePodCrashLooping") && text.contains("https://runbooks.example/crashloop"), text);
        assertTrue(text.contains("10m ago"), text);
    }

    @Test
    void answers_errors_from_a_workload_with_redacted_patterns() throws Exception {
        JsonNode reply = chat("errors from payment-api in the last 15 minutes");
        assertEquals("logs_query", reply.get("tool").asText());
        String text = reply.get("reply").asText();
        assertTrue(text.contains("2 log lines in 1 patterns"), text);
        assertTrue(text.contains("PAYMENT_GATEWAY_TIMEOUT"), text);
        assertFalse(reply.toString().contains("S3cr3t-Payments-2026!"), "a password from Loki reached the reply");
        assertTrue(loki.requests().getLast().contains("app%3D%22payment-api%22"), loki.requests().toString());
    }

    @Test
    void a_diagnosis_adds_the_workloads_alerts_and_error_patterns() throws Exception {
        JsonNode reply = chat("why is payment-api restarting?");
        assertEquals("diagnose", reply.get("tool").asText());
        String text = reply.get("reply").asText();
        assertTrue(text.contains("**Alerts**") && text.contains("**KubePodCrashLooping** (warning), 1 firing"), text);
        assertTrue(text.contains("Error log patterns") && text.contains("2× `ERROR gateway call <n> failed: PAYMENT_GATEWAY_TIMEOUT"), text);
        assertFalse(text.contains("Golden metrics"), "no Prometheus is configured, so no metrics section: " + text);
        assertFalse(reply.toString().contains("S3cr3t-Payments-2026!"), "a password from Loki reached the reply");
    }

    @Test
    void says_no_jaeger_is_configured() throws Exception {
        JsonNode reply = chat("/trace 4bf92f3577b34da6");
        assertTrue(reply.get("reply").asText().contains("no Jaeger is configured"), reply.toString());
    }
}
