package io.kubemate.tools.canary;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.KubeCall;
import io.kubemate.tools.kube.KubeNames;
import io.kubemate.tools.kube.ReadPermissions;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code canary}: the TrafficSplits and weighted HTTPRoutes the person may read ({@code workloads.read} in their
 * namespace), of a namespace, of one split or route, or of a backend Service; each with its split, the time since its
 * last step, and the canary's against the stable's metrics ({@code metrics.read} in that namespace) judged by the policy.
 */
@Singleton
public final class CanaryReader {

    public static final String METRICS_READ = "metrics.read";

    private final ClusterAccess cluster;
    private final CanaryPolicy policy;
    private final Clock clock;

    public CanaryReader(ClusterAccess cluster, CanaryPolicy policy, Clock clock) {
        this.cluster = cluster;
        this.policy = policy;
        this.clock = clock;
    }

    public CanaryPolicy policy() {
        return policy;
    }

    /**
     * @param target     a namespace, a TrafficSplit or HTTPRoute, or a backend Service's name (or its prefix); null for all
     * @param prometheus where the metrics are, or empty when none is configured
     */
    public Outcome<CanaryStatus> status(Subject subject, ReadAccess access, String target, Optional<PrometheusClient> prometheus) {
        return KubeCall.run("read the canaries", target == null ? KubeNames.of() : KubeNames.of("name", target),
                () -> cluster.as(subject, client -> read(client, access, target, prometheus)));
    }

    private Outcome<CanaryStatus> read(KubernetesClient client, ReadAccess access, String target, Optional<PrometheusClient> prometheus) {
        NamespaceScope scope = access.scope(ReadPermissions.WORKLOADS);
        List<Canary> inNamespace = target != null && scope.allows(target) && !target.contains(".") ? CanaryObjects.read(client, target) : List.of();
        List<Canary> chosen = (inNamespace.isEmpty() ? list(client, scope, null).stream().filter(c -> scope.allows(c.namespace()))
                .filter(c -> target == null || c.named(target)) : inNamespace.stream())
                .sorted(Comparator.comparing(Canary::namespace).thenComparing(Canary::name)).toList();
        if (chosen.isEmpty()) {
            return Outcome.noData(target == null ? "no TrafficSplit (split.smi-spec.io) or HTTPRoute with weighted backends in namespaces you may read"
                    : "no TrafficSplit or weighted HTTPRoute is named " + target + ", splits Service " + target + " or is in namespace "
                    + target + " among those you may read");
        }
        Instant now = clock.instant();
        NamespaceScope metricsScope = access.scope(METRICS_READ);
        CanaryMetricsReader metrics = new CanaryMetricsReader(clock);
        List<CanaryState> states = new ArrayList<>();
        for (Canary c : chosen) {
            states.add(judge(client, c, now, prometheus, metricsScope, metrics));
        }
        states.sort(Comparator.comparing((CanaryState s) -> s.verdict().verdict()));
        return Outcome.ok(new CanaryStatus(target, states));
    }

    /** The canary with its metrics and verdict; also used by the canary actions for their proposal. */
    public CanaryState judge(KubernetesClient client, Canary c, Instant now, Optional<PrometheusClient> prometheus, NamespaceScope metricsScope,
                             CanaryMetricsReader metrics) {
        Duration since = c.stepAt() == null ? null : Duration.between(c.stepAt(), now);
        Integer next = c.twoBackends() && policy.next(c.canaryPercent()).isPresent() ? policy.next(c.canaryPercent()).getAsInt() : null;
        if (!c.twoBackends()) {
            return new CanaryState(c, since, null, null, null, new CanaryVerdict(CanaryVerdict.Verdict.HOLD,
                    List.of("the split has " + c.backends().size() + " backends; a canary has two")), null);
        }
        String note = prometheus.isEmpty() ? "no Prometheus is configured"
                : !metricsScope.allows(c.namespace()) ? "your Kubemate roles do not grant " + METRICS_READ + " in namespace " + c.namespace() : null;
        BackendMetrics stable = null;
        BackendMetrics canary = null;
        if (note == null) {
            Outcome<Optional<BackendMetrics>> s = metrics.read(prometheus.get(), metricsScope, c, c.stable(),
                    BackendWorkloads.of(client, c.namespace(), c.stable().service()), policy);
            Outcome<Optional<BackendMetrics>> k = metrics.read(prometheus.get(), metricsScope, c, c.canary(),
                    BackendWorkloads.of(client, c.namespace(), c.canary().service()), policy);
            stable = s instanceof Outcome.Ok<Optional<BackendMetrics>> ok ? ok.value().orElse(null) : null;
            canary = k instanceof Outcome.Ok<Optional<BackendMetrics>> ok ? ok.value().orElse(null) : null;
            note = reason(k).or(() -> reason(s)).orElse(canary == null ? "no linkerd or Traefik series for the canary's backend" : null);
        }
        return new CanaryState(c, since, next, stable, canary, CanaryVerdict.judge(stable, canary, policy), note);
    }

    private static Optional<String> reason(Outcome<?> outcome) {
        return switch (outcome) {
            case Outcome.Ok<?> ok -> Optional.empty();
            case Outcome.NoData<?> none -> Optional.of(none.reason());
            case Outcome.Forbidden<?> denied -> Optional.of(denied.reason());
            case Outcome.Failure<?> failure -> Optional.of(failure.reason());
        };
    }

    /** Every namespace when the person may list there, else each of their namespaces. */
    private static List<Canary> list(KubernetesClient client, NamespaceScope scope, String namespace) {
        if (namespace != null) {
            return CanaryObjects.read(client, namespace);
        }
        try {
            return CanaryObjects.read(client, null);
        } catch (KubernetesClientException e) {
            if (e.getCode() != 403 || scope.namespaces().isEmpty()) {
                throw e;
            }
            List<Canary> found = new ArrayList<>();
            scope.namespaces().get().stream().sorted().forEach(ns -> found.addAll(CanaryObjects.read(client, ns)));
            return found;
        }
    }
}
