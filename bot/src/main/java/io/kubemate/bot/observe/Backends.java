package io.kubemate.bot.observe;

import io.kubemate.tools.alerts.AlertmanagerClient;
import io.kubemate.tools.logs.LogLimits;
import io.kubemate.tools.logs.LokiClient;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.traces.JaegerClient;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The configured observability endpoints by kind and name. A call names one ({@code endpoint} argument) or gets
 * the one called {@code default}, else the first by name; with none configured it gets a plain refusal.
 */
@Singleton
public final class Backends {

    public static final String DEFAULT = "default";

    private final Map<String, PrometheusClient> prometheus;
    private final Map<String, AlertmanagerClient> alertmanagers;
    private final Map<String, LokiClient> lokis;
    private final Map<String, LogLimits> lokiLimits;
    private final Map<String, JaegerClient> jaegers;

    public Backends(List<PrometheusEndpoint> prometheus, List<AlertmanagerClient> alertmanagers, List<LokiEndpoint> lokis,
                    List<JaegerEndpoint> jaegers) {
        this.prometheus = byName(prometheus.stream().filter(e -> e.url() != null).toList(), PrometheusEndpoint::name,
                e -> new PrometheusClient(e.name(), e.url(), e.dedup(), e.timeout()));
        this.alertmanagers = byName(alertmanagers, AlertmanagerClient::name, client -> client);
        List<LokiEndpoint> configuredLokis = lokis.stream().filter(e -> e.url() != null).toList();
        this.lokis = byName(configuredLokis, LokiEndpoint::name, e -> new LokiClient(e.name(), e.url(), e.tenant(), e.timeout()));
        this.lokiLimits = byName(configuredLokis, LokiEndpoint::name, e -> new LogLimits(LogLimits.DEFAULT_SINCE,
                e.maxRange(), Math.min(500, e.maxLines()), e.maxLines(), e.maxBytes()));
        this.jaegers = byName(jaegers.stream().filter(e -> e.url() != null).toList(), JaegerEndpoint::name,
                e -> new JaegerClient(e.name(), e.url(), e.timeout()));
    }

    public Outcome<PrometheusClient> prometheus(String name) {
        return pick(prometheus, name, "Prometheus", "kubemate.prometheus");
    }

    /** Every configured Prometheus, by name. */
    public Collection<PrometheusClient> prometheusClients() {
        return prometheus.values();
    }

    public Outcome<AlertmanagerClient> alertmanager(String name) {
        return pick(alertmanagers, name, "Alertmanager", "kubemate.alertmanager");
    }

    public Outcome<LokiClient> loki(String name) {
        return pick(lokis, name, "Loki", "kubemate.loki");
    }

    public LogLimits lokiLimits(String lokiName) {
        return lokiLimits.getOrDefault(lokiName, LogLimits.defaults());
    }

    public Outcome<JaegerClient> jaeger(String name) {
        return pick(jaegers, name, "Jaeger", "kubemate.jaeger");
    }

    private static <T> Outcome<T> pick(Map<String, T> clients, String name, String kind, String prefix) {
        if (clients.isEmpty()) {
            return Outcome.noData(Reason.of("backend.not-configured", kind, prefix + ".<name>.url"));
        }
        if (name != null) {
            T client = clients.get(name);
            return client != null ? Outcome.ok(client)
                    : Outcome.badRequest(Reason.of("backend.unknown", kind, name, String.join(", ", clients.keySet())));
        }
        return Outcome.ok(clients.getOrDefault(DEFAULT, clients.values().iterator().next()));
    }

    private static <E, T> Map<String, T> byName(List<E> endpoints, Function<E, String> name, Function<E, T> client) {
        Map<String, T> out = new LinkedHashMap<>();
        endpoints.stream().sorted(Comparator.comparing(name)).forEach(e -> out.put(name.apply(e), client.apply(e)));
        return out;
    }
}
