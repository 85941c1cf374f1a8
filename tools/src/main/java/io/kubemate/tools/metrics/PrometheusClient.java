package io.kubemate.tools.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.tools.http.JsonHttp;
import io.kubemate.tools.http.Query;
import io.kubemate.tools.outcome.Outcome;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Prometheus HTTP API ({@code /api/v1/query}, {@code /api/v1/query_range}), also spoken by Thanos Querier,
 * which additionally takes {@code dedup=true} to merge replicas. Queries are POSTed as forms so long PromQL fits.
 */
public final class PrometheusClient {

    private final String name;
    private final boolean dedup;
    private final JsonHttp http;

    public PrometheusClient(String name, URI url, boolean dedup, Duration timeout) {
        this.name = name;
        this.dedup = dedup;
        this.http = new JsonHttp("Prometheus '" + name + "'", url, timeout, Map.of());
    }

    public String name() {
        return name;
    }

    public Outcome<QueryResult> instant(String promql, Instant time) {
        Query form = new Query().add("query", promql).add("time", seconds(time)).add("dedup", dedup ? "true" : null);
        return JsonHttp.then(http.postForm("/api/v1/query", form.form()), this::result);
    }

    /** Every metric name Prometheus holds series for ({@code /api/v1/label/__name__/values}). */
    public Outcome<Set<String>> metricNames() {
        return JsonHttp.then(http.get("/api/v1/label/__name__/values"), body -> {
            Set<String> names = new TreeSet<>();
            body.path("data").forEach(n -> names.add(n.asText()));
            return Outcome.ok(names);
        });
    }

    public Outcome<QueryResult> range(String promql, Instant start, Instant end, Duration step) {
        Query form = new Query().add("query", promql).add("start", seconds(start)).add("end", seconds(end))
                .add("step", step.toMillis() / 1000.0).add("dedup", dedup ? "true" : null);
        return JsonHttp.then(http.postForm("/api/v1/query_range", form.form()), this::result);
    }

    private Outcome<QueryResult> result(JsonNode body) {
        if (!"success".equals(body.path("status").asText())) {
            return Outcome.badRequest(http.backend() + " rejected the query: " + body.path("error").asText("unknown error"));
        }
        JsonNode data = body.path("data");
        String type = data.path("resultType").asText();
        List<Series> series = new ArrayList<>();
        switch (type) {
            case "vector" -> data.path("result").forEach(s -> series.add(new Series(labels(s.path("metric")), List.of(sample(s.path("value"))))));
            case "matrix" -> data.path("result").forEach(s -> {
                List<Sample> samples = new ArrayList<>();
                s.path("values").forEach(v -> samples.add(sample(v)));
                series.add(new Series(labels(s.path("metric")), samples));
            });
            case "scalar" -> series.add(new Series(Map.of(), List.of(sample(data.path("result")))));
            default -> {
                return new Outcome.Failure<>(Outcome.FailureKind.BACKEND_ERROR,
                        http.backend() + " answered a result of type '" + type + "' that metrics_query cannot show");
            }
        }
        List<String> warnings = new ArrayList<>();
        body.path("warnings").forEach(w -> warnings.add(w.asText()));
        return Outcome.ok(new QueryResult(type, series, warnings));
    }

    private static Map<String, String> labels(JsonNode metric) {
        Map<String, String> labels = new LinkedHashMap<>();
        metric.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static Sample sample(JsonNode pair) {
        double t = pair.path(0).asDouble();
        return new Sample(Instant.ofEpochMilli(Math.round(t * 1000)), parse(pair.path(1).asText()));
    }

    private static double parse(String value) {
        return switch (value) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(value);
        };
    }

    private static String seconds(Instant time) {
        return time == null ? null : String.valueOf(time.toEpochMilli() / 1000.0);
    }
}
