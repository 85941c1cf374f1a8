package io.kubemate.tools.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stand-ins for a scenario's observability backends, speaking their real wire format from its fixtures:
 * Alertmanager API v2 from {@code alerts.json}, Loki {@code query_range} from {@code logs.json}, the Jaeger
 * query API from {@code traces.json}, the Prometheus HTTP API from {@code metrics.om}, and any other HTTP server
 * (a model server, an image registry) from recorded responses under {@code http/} ({@link RecordedHttp}). Each is started only
 * when its fixture exists, and {@link #properties()} points the bot's {@code default} endpoint of that kind at it.
 * They replay the incident as recorded: time ranges are not applied, and Prometheus answers a query with every
 * series whose metric name the query mentions, without evaluating PromQL functions — unless {@code metrics.om}
 * asks for evaluated PromQL ({@link OpenMetricsSeries#EVALUATE}).
 */
public final class ScenarioBackends implements AutoCloseable {

    /** The base URL of the recorded responses under {@code http/}: a scenario's {@code config} names it as {@code ${kubemate.sandbox.http-url}}. */
    public static final String HTTP_URL = "kubemate.sandbox.http-url";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, Object> properties;

    private ScenarioBackends(HttpServer server, Map<String, Object> properties) {
        this.server = server;
        this.properties = Map.copyOf(properties);
    }

    public static ScenarioBackends start(Path folder) throws IOException {
        Path alerts = folder.resolve("alerts.json");
        Path logs = folder.resolve("logs.json");
        Path traces = folder.resolve("traces.json");
        Path metrics = folder.resolve("metrics.om");
        Path http = folder.resolve("http");
        if (!Files.exists(alerts) && !Files.exists(logs) && !Files.exists(traces) && !Files.exists(metrics) && !Files.isDirectory(http)) {
            return none();
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, Object> properties = new LinkedHashMap<>();
        if (Files.exists(alerts)) {
            JsonNode body = read(alerts);
            server.createContext("/alertmanager/", exchange -> alertmanager(exchange, body));
            properties.put("kubemate.alertmanager.default.url", base + "/alertmanager");
        }
        if (Files.exists(logs)) {
            JsonNode body = read(logs);
            server.createContext("/loki/", exchange -> loki(exchange, body));
            properties.put("kubemate.loki.default.url", base + "/loki");
        }
        if (Files.exists(traces)) {
            JsonNode body = read(traces);
            server.createContext("/jaeger/", exchange -> jaeger(exchange, body));
            properties.put("kubemate.jaeger.default.url", base + "/jaeger");
        }
        if (Files.exists(metrics)) {
            OpenMetricsSeries series = OpenMetricsSeries.parse(Files.readString(metrics, StandardCharsets.UTF_8));
            server.createContext("/prometheus/", exchange -> prometheus(exchange, series));
            properties.put("kubemate.prometheus.default.url", base + "/prometheus");
        }
        if (Files.isDirectory(http)) {
            server.createContext("/http/", new RecordedHttp(http, "/http"));
            properties.put(HTTP_URL, base + "/http");
        }
        server.start();
        return new ScenarioBackends(server, properties);
    }

    /** No stand-ins: for a cluster that is not an eval scenario. */
    public static ScenarioBackends none() {
        return new ScenarioBackends(null, Map.of());
    }

    /** Bot configuration pointing its endpoints at these stand-ins; empty when the scenario has no such fixtures. */
    public Map<String, Object> properties() {
        return properties;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void alertmanager(HttpExchange exchange, JsonNode alerts) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/alertmanager".length());
        switch (path) {
            case "/api/v2/alerts" -> send(exchange, 200, alerts);
            case "/api/v2/alerts/groups" -> {
                ObjectNode group = JSON.createObjectNode();
                group.putObject("labels");
                group.putObject("receiver").put("name", "sandbox");
                group.set("alerts", alerts);
                send(exchange, 200, JSON.createArrayNode().add(group));
            }
            case "/api/v2/silences" -> send(exchange, 200, JSON.createArrayNode());
            default -> notFound(exchange);
        }
    }

    private static void loki(HttpExchange exchange, JsonNode streams) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/loki".length());
        switch (path) {
            case "/loki/api/v1/query_range", "/loki/api/v1/query" -> send(exchange, 200, streams);
            case "/loki/api/v1/index/stats" -> {
                ObjectNode stats = JSON.createObjectNode();
                int entries = 0;
                for (JsonNode stream : streams.path("data").path("result")) {
                    entries += stream.path("values").size();
                }
                stats.put("streams", streams.path("data").path("result").size()).put("chunks", 1).put("entries", entries)
                        .put("bytes", streams.toString().length());
                send(exchange, 200, stats);
            }
            default -> notFound(exchange);
        }
    }

    private static void jaeger(HttpExchange exchange, JsonNode traces) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/jaeger".length());
        Map<String, String> query = query(exchange);
        if (path.equals("/api/services")) {
            Set<String> services = new LinkedHashSet<>();
            traces.path("data").forEach(t -> t.path("processes").forEach(p -> services.add(p.path("serviceName").asText())));
            ObjectNode body = JSON.createObjectNode();
            body.set("data", JSON.valueToTree(services));
            send(exchange, 200, body);
        } else if (path.equals("/api/traces")) {
            String service = query.get("service");
            send(exchange, 200, traces(traces, t -> service == null || t.path("processes").findValuesAsText("serviceName").contains(service)));
        } else if (path.startsWith("/api/traces/")) {
            String id = path.substring("/api/traces/".length());
            ObjectNode found = traces(traces, t -> t.path("traceID").asText().equalsIgnoreCase(id));
            if (found.path("data").isEmpty()) {
                ObjectNode error = JSON.createObjectNode();
                error.putNull("data");
                error.putArray("errors").addObject().put("code", 404).put("msg", "trace not found");
                send(exchange, 404, error);
            } else {
                send(exchange, 200, found);
            }
        } else {
            notFound(exchange);
        }
    }

    private static ObjectNode traces(JsonNode traces, java.util.function.Predicate<JsonNode> keep) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode data = body.putArray("data");
        traces.path("data").forEach(t -> {
            if (keep.test(t)) {
                data.add(t);
            }
        });
        return body;
    }

    private static void prometheus(HttpExchange exchange, OpenMetricsSeries series) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/prometheus".length());
        Map<String, String> params = query(exchange);
        String promql = params.getOrDefault("query", "");
        switch (path) {
            case "/api/v1/query" -> answer(exchange, series.vector(promql));
            case "/api/v1/query_range" -> answer(exchange, series.matrix(promql, params));
            case "/api/v1/status/buildinfo" -> send(exchange, 200, JSON.readTree("{\"status\":\"success\",\"data\":{\"version\":\"sandbox\"}}"));
            default -> notFound(exchange);
        }
    }

    /** Prometheus answers a query it cannot evaluate with 400 and {@code "status":"error"}. */
    private static void answer(HttpExchange exchange, JsonNode body) throws IOException {
        send(exchange, "error".equals(body.path("status").asText()) ? 400 : 200, body);
    }

    private static Map<String, String> query(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawQuery();
        if ("POST".equals(exchange.getRequestMethod())) {
            raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static JsonNode read(Path file) throws IOException {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void notFound(HttpExchange exchange) throws IOException {
        byte[] body = "404 page not found\n".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
