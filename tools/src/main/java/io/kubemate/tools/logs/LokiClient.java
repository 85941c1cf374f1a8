package io.kubemate.tools.logs;

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
import java.util.OptionalLong;

/**
 * The Loki HTTP API: {@code /loki/api/v1/query_range} and, where the Loki offers it,
 * {@code /loki/api/v1/index/stats}. Sends {@code X-Scope-OrgID} when a tenant is configured.
 */
public final class LokiClient {

    private final String name;
    private final JsonHttp http;

    public LokiClient(String name, URI url, String tenant, Duration timeout) {
        this.name = name;
        this.http = new JsonHttp("Loki '" + name + "'", url, timeout,
                tenant == null || tenant.isBlank() ? Map.of() : Map.of("X-Scope-OrgID", tenant));
    }

    public String name() {
        return name;
    }

    /** Newest entries first, at most {@code limit} of them. */
    public Outcome<LogResult> queryRange(String logql, Instant start, Instant end, int limit) {
        String path = new Query().add("query", logql).add("start", nanos(start)).add("end", nanos(end))
                .add("limit", limit).add("direction", "backward").path("/loki/api/v1/query_range");
        return JsonHttp.then(http.get(path), this::streams);
    }

    /**
     * The bytes the selector's chunks hold in the window, or empty when this Loki has no index stats
     * (older versions, some gateways): the caller then goes ahead without the check.
     */
    public Outcome<OptionalLong> indexBytes(String selector, Instant start, Instant end) {
        String path = new Query().add("query", selector).add("start", nanos(start)).add("end", nanos(end))
                .path("/loki/api/v1/index/stats");
        Outcome<JsonNode> answer = http.get(path);
        if (answer instanceof Outcome.NoData<JsonNode>) {
            return Outcome.ok(OptionalLong.empty());
        }
        return JsonHttp.then(answer, body -> Outcome.ok(body.has("bytes") ? OptionalLong.of(body.path("bytes").asLong())
                : OptionalLong.empty()));
    }

    private Outcome<LogResult> streams(JsonNode body) {
        if (!"success".equals(body.path("status").asText())) {
            return new Outcome.Failure<>(Outcome.FailureKind.BACKEND_ERROR, http.backend() + " answered status '"
                    + body.path("status").asText() + "'");
        }
        JsonNode data = body.path("data");
        if (!"streams".equals(data.path("resultType").asText())) {
            return Outcome.badRequest(http.backend() + " answered a '" + data.path("resultType").asText()
                    + "' result; logs_query reads log lines only");
        }
        List<LogStream> streams = new ArrayList<>();
        for (JsonNode stream : data.path("result")) {
            Map<String, String> labels = new LinkedHashMap<>();
            stream.path("stream").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
            List<LogStream.Entry> entries = new ArrayList<>();
            for (JsonNode value : stream.path("values")) {
                entries.add(new LogStream.Entry(fromNanos(value.path(0).asText()), value.path(1).asText()));
            }
            streams.add(new LogStream(labels, entries));
        }
        return Outcome.ok(new LogResult(streams, data.path("stats").path("summary").path("totalBytesProcessed").asLong(0)));
    }

    static String nanos(Instant t) {
        return t.getEpochSecond() + String.format("%09d", t.getNano());
    }

    static Instant fromNanos(String text) {
        long nanos = Long.parseLong(text);
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
