package io.kubemate.tools.traces;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.tools.http.JsonHttp;
import io.kubemate.tools.http.Query;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The Jaeger query HTTP API: {@code /api/services}, {@code /api/traces?service=...}, {@code /api/traces/{id}}. */
public final class JaegerClient {

    private static final Pattern TRACE_ID = Pattern.compile("[0-9a-fA-F]{1,32}");

    private final String name;
    private final JsonHttp http;

    public JaegerClient(String name, URI url, Duration timeout) {
        this.name = name;
        this.http = new JsonHttp("Jaeger '" + name + "'", url, timeout, Map.of());
    }

    public String name() {
        return name;
    }

    public Outcome<List<String>> services() {
        return JsonHttp.then(http.get("/api/services"), body ->
                Outcome.ok(http.json().convertValue(body.path("data"), new TypeReference<List<String>>() { })));
    }

    public Outcome<List<Trace>> search(String service, String operation, Duration minDuration, Instant start, Instant end, int limit) {
        Query query = new Query().add("service", service).add("operation", operation)
                .add("start", micros(start)).add("end", micros(end)).add("limit", limit)
                .add("minDuration", minDuration == null ? null : minDuration.toMillis() + "ms");
        return JsonHttp.then(http.get(query.path("/api/traces")), this::traces);
    }

    /** The trace, or empty when Jaeger does not have it (not sampled, expired, or a wrong id). */
    public Outcome<Optional<Trace>> trace(String traceId) {
        if (traceId == null || !TRACE_ID.matcher(traceId).matches()) {
            return Outcome.badRequest(Reason.of("trace.id-invalid", traceId));
        }
        Outcome<JsonNode> answer = http.get("/api/traces/" + traceId.toLowerCase(java.util.Locale.ROOT));
        if (answer instanceof Outcome.NoData<JsonNode>) {
            return Outcome.ok(Optional.empty());
        }
        return JsonHttp.then(answer, body -> JsonHttp.then(traces(body), list -> Outcome.ok(list.stream().findFirst())));
    }

    private Outcome<List<Trace>> traces(JsonNode body) {
        JsonNode data = body.path("data");
        if (data.isNull() || data.isMissingNode()) {
            return Outcome.ok(List.of());
        }
        return Outcome.ok(http.json().convertValue(data, new TypeReference<List<Trace>>() { }));
    }

    private static Long micros(Instant t) {
        return t == null ? null : t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }
}
