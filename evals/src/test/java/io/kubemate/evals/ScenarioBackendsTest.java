package io.kubemate.evals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.tools.sandbox.OpenMetricsSeries;
import io.kubemate.tools.sandbox.ScenarioBackends;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioBackendsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertEquals(200, response.statusCode(), url + " → " + response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void serves_alerts_logs_and_traces_of_a_scenario_in_the_backends_wire_format() throws Exception {
        try (ScenarioBackends backends = ScenarioBackends.start(Path.of("scenarios", "traefik-route-latency"))) {
            String am = (String) backends.properties().get("kubemate.alertmanager.default.url");
            assertEquals("RedisProxyLatencyHigh", json(am + "/api/v2/alerts").get(0).path("labels").path("alertname").asText());
            assertEquals("RedisProxyLatencyHigh", json(am + "/api/v2/alerts/groups").get(0).path("alerts").get(0).path("labels").path("alertname").asText());

            String loki = (String) backends.properties().get("kubemate.loki.default.url");
            JsonNode logs = json(loki + "/loki/api/v1/query_range?query=" + URLEncoder.encode("{namespace=\"x\"}", StandardCharsets.UTF_8));
            assertEquals("streams", logs.path("data").path("resultType").asText());
            assertTrue(json(loki + "/loki/api/v1/index/stats").path("entries").asInt() > 0);

            String jaeger = (String) backends.properties().get("kubemate.jaeger.default.url");
            JsonNode all = json(jaeger + "/api/traces?service=nobody-calls-this");
            assertEquals(0, all.path("data").size());
            String id = json(jaeger + "/api/traces").path("data").get(0).path("traceID").asText();
            assertEquals(id, json(jaeger + "/api/traces/" + id).path("data").get(0).path("traceID").asText());
            assertEquals(404, get(jaeger + "/api/traces/0000000000000000").statusCode());
            assertTrue(json(jaeger + "/api/services").path("data").size() > 0);
        }
    }

    @Test
    void answers_a_prometheus_query_with_the_series_it_names_filtered_by_its_matchers() throws Exception {
        try (ScenarioBackends backends = ScenarioBackends.start(Path.of("scenarios", "somaxconn-trading-jitter"))) {
            String prom = (String) backends.properties().get("kubemate.prometheus.default.url");
            String query = URLEncoder.encode("rate(node_netstat_TcpExt_ListenOverflows{node=\"worker-01\"}[5m])", StandardCharsets.UTF_8);
            JsonNode vector = json(prom + "/api/v1/query?query=" + query);
            assertEquals("vector", vector.path("data").path("resultType").asText());
            assertEquals(1, vector.path("data").path("result").size(), vector.toString());
            assertEquals("worker-01", vector.path("data").path("result").get(0).path("metric").path("node").asText());
            JsonNode matrix = json(prom + "/api/v1/query_range?query=" + query);
            assertTrue(matrix.path("data").path("result").get(0).path("values").size() > 1);
            assertEquals(0, json(prom + "/api/v1/query?query=up").path("data").path("result").size());
        }
    }

    @Test
    void a_scenario_without_fixtures_gets_no_backends() throws Exception {
        try (ScenarioBackends backends = ScenarioBackends.start(Path.of("scenarios", "crashloop-payment"))) {
            assertTrue(backends.properties().isEmpty());
        }
    }

    @Test
    void parses_openmetrics_samples_and_refuses_a_malformed_line() {
        OpenMetricsSeries series = OpenMetricsSeries.parse("# TYPE a gauge\na{x=\"1\"} 2 100\na{x=\"1\"} 3 115\nb 1 100\n# EOF\n");
        assertEquals(1, series.select("sum(a)").size());
        assertEquals("3", series.vector("a").path("data").path("result").get(0).path("value").get(1).asText());
        assertEquals(0, series.select("a{x=\"2\"}").size());
        OpenMetricsSeries counter = OpenMetricsSeries.parse("c 0 100\nc 30 115\nc 60 130\n");
        assertEquals("2", counter.vector("sum(rate(c[1m]))").path("data").path("result").get(0).path("value").get(1).asText());
        assertEquals("60", counter.vector("increase(c[1m])").path("data").path("result").get(0).path("value").get(1).asText());
        assertEquals("60", counter.vector("c").path("data").path("result").get(0).path("value").get(1).asText());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> OpenMetricsSeries.parse("a{x=\"1\" oops\n")).getMessage().contains("line 1"));
    }

    @Test
    void serves_recorded_http_answers_by_path_with_their_recorded_status() throws Exception {
        try (ScenarioBackends backends = ScenarioBackends.start(Path.of("scenarios", "modelreg-registry-down-en"))) {
            String base = (String) backends.properties().get(ScenarioBackends.HTTP_URL);
            HttpResponse<String> down = get(base + "/corp-registry/v2/");
            assertEquals(503, down.statusCode());
            assertEquals("UNAVAILABLE", JSON.readTree(down.body()).path("errors").get(0).path("code").asText());
            assertEquals(404, get(base + "/corp-registry/v2/payments/payment-api/manifests/7.3.0").statusCode());
            assertEquals(404, get(base + "/../scenario.yaml").statusCode());
        }
        try (ScenarioBackends backends = ScenarioBackends.start(Path.of("scenarios", "modelreg-ollama-model-missing-en"))) {
            String base = (String) backends.properties().get(ScenarioBackends.HTTP_URL);
            assertEquals("llama3.1:8b", json(base + "/ollama/api/tags").path("models").get(0).path("name").asText());
            assertEquals(1, json(base + "/ollama/api/ps?verbose=1").path("models").size());
        }
    }
}
