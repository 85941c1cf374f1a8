package io.kubemate.bot.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /prometheus exposes what the ServiceMonitor scrapes and the PrometheusRule alerts on. */
class MetricsEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.scenario();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static void chat(String conversation, String text) throws Exception {
        HttpResponse<String> response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev",
                "conversation", conversation, "text", text)));
        assertEquals(200, response.statusCode(), response.body());
    }

    private static String scrape() throws Exception {
        HttpResponse<String> response = bot.get("/prometheus");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static double sample(String body, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void counts_a_tool_call_by_tool_and_outcome_after_one_chat_request() throws Exception {
        String series = "kubemate_tool_calls_seconds_count{outcome=\"ok\",tool=\"k8s_get\"}";
        double before = sample(scrape(), series);
        chat("metrics-1", "get pods in payments");
        String body = scrape();
        assertEquals(before + 1, sample(body, series), body);
        assertTrue(body.contains("kubemate_tool_calls_seconds_bucket{outcome=\"ok\",tool=\"k8s_get\",le=\"0.5\"}"),
                "latency buckets per tool: " + body);
    }

    @Test
    void counts_http_requests() throws Exception {
        chat("metrics-2", "get pods in payments");
        String body = scrape();
        assertTrue(body.contains("http_server_requests_seconds_count{") && body.contains("uri=\"/api/chat\""), body);
    }

    @Test
    void counts_proposals_from_their_audit_records() throws Exception {
        String series = "kubemate_audit_events_total{action=\"scale\",event=\"PROPOSED\"}";
        double before = sample(scrape(), series);
        chat("metrics-3", "scale payment-api to 5");
        assertEquals(before + 1, sample(scrape(), series));
    }
}
