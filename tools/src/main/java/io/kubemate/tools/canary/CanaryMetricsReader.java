package io.kubemate.tools.canary;

import io.kubemate.tools.metrics.PromqlScope;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.metrics.QueryResult;
import io.kubemate.tools.metrics.Series;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.scope.NamespaceScope;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A backend's request rate, success rate and p99 latency: from linkerd-viz ({@code response_total} by
 * {@code classification}, {@code response_latency_ms_bucket}, inbound, by {@code deployment}), else, for an HTTPRoute,
 * from Traefik ({@code traefik_service_requests_total} by {@code code}, {@code traefik_service_request_duration_seconds_bucket},
 * by {@code service} {@code <namespace>-<service>-<port>@…}). Every query names the backend's namespace and goes through
 * {@link PromqlScope} with the person's metrics scope. Sums and the quantile are computed here from {@code sum by}
 * series, so that a Prometheus or a recorded stand-in giving the unsummed series yields the same numbers.
 */
public final class CanaryMetricsReader {

    private final Clock clock;

    public CanaryMetricsReader(Clock clock) {
        this.clock = clock;
    }

    /** The backend's metrics, empty when neither source has series for it; a refusal or failure as its outcome. */
    public Outcome<Optional<BackendMetrics>> read(PrometheusClient client, NamespaceScope scope, Canary canary, Backend backend,
                                                  String workload, CanaryPolicy policy) {
        String window = policy.window().toSeconds() + "s";
        String linkerd = "namespace=\"" + canary.namespace() + "\",deployment=\"" + workload + "\",direction=\"inbound\"";
        Outcome<Optional<BackendMetrics>> mesh = read(client, scope, workload, "linkerd",
                "sum by (classification) (rate(response_total{" + linkerd + "}[" + window + "]))", "classification", "failure",
                "sum by (le) (rate(response_latency_ms_bucket{" + linkerd + "}[" + window + "]))", 1);
        if (!"HTTPRoute".equals(canary.kind()) || !(mesh instanceof Outcome.Ok<Optional<BackendMetrics>> ok) || ok.value().isPresent()) {
            return mesh;
        }
        String service = canary.namespace() + "-" + backend.service();
        String traefik = "namespace=\"" + canary.namespace() + "\",service=~\"" + service + "-[0-9]+@.*\"";
        return read(client, scope, service, "traefik",
                "sum by (code) (rate(traefik_service_requests_total{" + traefik + "}[" + window + "]))", "code", "5",
                "sum by (le) (rate(traefik_service_request_duration_seconds_bucket{" + traefik + "}[" + window + "]))", 1000);
    }

    private Outcome<Optional<BackendMetrics>> read(PrometheusClient client, NamespaceScope scope, String workload, String source,
                                                   String requests, String label, String failing, String buckets, double toMs) {
        Outcome<Map<String, Double>> byOutcome = summed(client, scope, requests, label);
        if (!(byOutcome instanceof Outcome.Ok<Map<String, Double>> counted)) {
            return relay(byOutcome);
        }
        double total = counted.value().values().stream().mapToDouble(Double::doubleValue).sum();
        if (counted.value().isEmpty()) {
            return Outcome.ok(Optional.empty());
        }
        double failed = counted.value().entrySet().stream().filter(e -> e.getKey().startsWith(failing)).mapToDouble(Map.Entry::getValue).sum();
        Outcome<Map<String, Double>> histogram = summed(client, scope, buckets, "le");
        Double p99 = histogram instanceof Outcome.Ok<Map<String, Double>> h ? Quantile.of(0.99, h.value()) : null;
        return Outcome.ok(Optional.of(new BackendMetrics(workload, total, total == 0 ? null : (total - failed) / total,
                p99 == null ? null : p99 * toMs, source)));
    }

    /** The query's values summed by {@code label}; no series is an empty map. */
    private Outcome<Map<String, Double>> summed(PrometheusClient client, NamespaceScope scope, String promql, String label) {
        Outcome<String> scoped = PromqlScope.restrict(promql, scope);
        if (!(scoped instanceof Outcome.Ok<String> query)) {
            return relay(scoped);
        }
        Outcome<QueryResult> result = client.instant(query.value(), clock.instant());
        if (result instanceof Outcome.NoData<QueryResult>) {
            return Outcome.ok(Map.of());
        }
        if (!(result instanceof Outcome.Ok<QueryResult> ok)) {
            return relay(result);
        }
        Map<String, Double> sums = new TreeMap<>();
        for (Series s : ok.value().series()) {
            if (!s.samples().isEmpty() && !Double.isNaN(s.samples().getLast().value())) {
                sums.merge(s.metric().getOrDefault(label, ""), s.samples().getLast().value(), Double::sum);
            }
        }
        return Outcome.ok(sums);
    }

    private static <A, B> Outcome<B> relay(Outcome<A> outcome) {
        return switch (outcome) {
            case Outcome.NoData<A> none -> Outcome.noData(none.reason());
            case Outcome.Forbidden<A> denied -> new Outcome.Forbidden<>(denied.reason());
            case Outcome.Failure<A> failure -> new Outcome.Failure<>(failure.kind(), failure.reason());
            case Outcome.Ok<A> ok -> throw new IllegalStateException("not a refusal: " + ok);
        };
    }
}
