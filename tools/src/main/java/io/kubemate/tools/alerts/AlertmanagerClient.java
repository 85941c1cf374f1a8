package io.kubemate.tools.alerts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.tools.http.JsonHttp;
import io.kubemate.tools.http.Query;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Alertmanager API v2 over HTTP. Returns typed values; choosing, trimming and formatting is the tools' job.
 * {@link #createSilence} and {@link #expireSilence} exist for the confirmed {@code silence_alert} and
 * {@code expire_silence} actions only.
 */
public final class AlertmanagerClient {

    private final String name;
    private final JsonHttp http;

    public AlertmanagerClient(String name, URI url, Duration timeout) {
        this.name = name;
        this.http = new JsonHttp("Alertmanager '" + name + "'", url, timeout, Map.of());
    }

    public String name() {
        return name;
    }

    /** Alerts, optionally narrowed by label matchers such as {@code namespace="trade"}. */
    public Outcome<List<Alert>> alerts(List<Matcher> filter) {
        Query query = new Query();
        filter.forEach(m -> query.add("filter", m.toString()));
        return JsonHttp.then(http.get(query.path("/api/v2/alerts")), node -> list(node, new TypeReference<List<Alert>>() { }));
    }

    public Outcome<List<AlertGroup>> alertGroups(List<Matcher> filter) {
        Query query = new Query();
        filter.forEach(m -> query.add("filter", m.toString()));
        return JsonHttp.then(http.get(query.path("/api/v2/alerts/groups")),
                node -> list(node, new TypeReference<List<AlertGroup>>() { }));
    }

    public Outcome<List<Silence>> silences() {
        return JsonHttp.then(http.get("/api/v2/silences"), node -> list(node, new TypeReference<List<Silence>>() { }));
    }

    /** Creates a silence and returns its id. */
    public Outcome<String> createSilence(NewSilence silence) {
        return JsonHttp.then(http.post("/api/v2/silences", silence), node -> {
            String id = node.path("silenceID").asText("");
            return id.isEmpty()
                    ? new Outcome.Failure<>(Outcome.FailureKind.BACKEND_ERROR, http.backend() + " returned no silenceID")
                    : Outcome.ok(id);
        });
    }

    public Outcome<String> expireSilence(String id) {
        if (id == null || !id.matches("[A-Za-z0-9-]+")) {
            return Outcome.badRequest(Reason.of("silence.id-invalid", id));
        }
        return JsonHttp.then(http.delete("/api/v2/silence/" + id), node -> Outcome.ok(id));
    }

    /** Posts alerts as a Prometheus would; used by tests and sandboxes to load scenarios. */
    public Outcome<Integer> postAlerts(List<Map<String, Object>> alerts) {
        return JsonHttp.then(http.post("/api/v2/alerts", alerts), node -> Outcome.ok(alerts.size()));
    }

    private <T> Outcome<T> list(JsonNode node, TypeReference<T> type) {
        if (!node.isArray()) {
            return new Outcome.Failure<>(Outcome.FailureKind.BACKEND_ERROR, http.backend() + " did not answer with a list");
        }
        return Outcome.ok(http.json().convertValue(node, type));
    }
}
