package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.metrics.PromqlScope;
import io.kubemate.tools.metrics.QueryResult;
import io.kubemate.tools.metrics.Series;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.scope.NamespaceScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Application items from the cluster's Prometheus: containers OOM-killed in the last 24 h (kube-state-metrics),
 * and containers whose memory grew steadily for 24 h, every hourly slope rising and at least 20 % in all
 * (cAdvisor; a leak is suspected). Reported once per owning workload. A namespace inspection asks only about
 * that namespace; the whole cluster only in a whole-cluster inspection.
 */
public final class ContainerMemoryInspection implements Inspection {

    static final String OOM_KILLED = "sum by (namespace, pod, container) (increase(kube_pod_container_status_restarts_total[24h])) > 0"
            + " and on (namespace, pod, container) max by (namespace, pod, container) "
            + "(kube_pod_container_status_last_terminated_reason{reason=\"OOMKilled\"}) == 1";
    static final String WORKING_SET = "container_memory_working_set_bytes{container!=\"\",container!=\"POD\"}";
    static final double GROWTH = 1.2;
    static final String STEADY_GROWTH = "max by (namespace, pod, container) (" + WORKING_SET + " / (" + WORKING_SET + " offset 24h)) > "
            + GROWTH + " and on (namespace, pod, container) max by (namespace, pod, container) "
            + "(min_over_time(deriv(" + WORKING_SET + "[1h])[24h:1h])) > 0";

    private static final Pattern KUBE_NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?");

    private final Supplier<Outcome<PrometheusClient>> prometheus;

    /** @param prometheus the cluster's Prometheus, where kube-state-metrics and cAdvisor series live */
    public ContainerMemoryInspection(Supplier<Outcome<PrometheusClient>> prometheus) {
        this.prometheus = prometheus;
    }

    @Override
    public String id() {
        return "container-memory";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        if (!(prometheus.get() instanceof Outcome.Ok<PrometheusClient> client)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Series s : query(client.value(), scope, OOM_KILLED, failures)) {
            Target t = target(scope, s);
            findings.add(new Finding(Severity.WARNING, "container-oom-killed", t.kind(), t.namespace(), t.name(),
                    Reason.of("finding.container-oom-killed", t.container(), count(s)),
                    List.of("pod " + t.pod() + ": " + OOM_KILLED + " = " + count(s)), RunbookIds.CRASHLOOP)
                    .withFix(t.plain() ? "kubectl -n " + t.namespace() + " logs " + t.pod() + " -c " + t.container() + " --previous --tail=100" : null));
        }
        for (Series s : query(client.value(), scope, STEADY_GROWTH, failures)) {
            Target t = target(scope, s);
            double ratio = s.samples().getLast().value();
            findings.add(new Finding(Severity.WARNING, "container-memory-growth", t.kind(), t.namespace(), t.name(),
                    Reason.of("finding.container-memory-growth", t.container(), String.format(Locale.ROOT, "%.0f", (ratio - 1) * 100)),
                    List.of("pod " + t.pod() + String.format(Locale.ROOT, ": working set now / 24 h ago = %.2f", ratio)), null)
                    .withFix(t.plain() ? "kubectl -n " + t.namespace() + " top pod " + t.pod() + " --containers" : null));
        }
        failures.stream().findFirst().ifPresent(reason -> findings.add(new Finding(Severity.INFO, id() + "-skipped", "Inspection",
                scope.namespace(), id(), Reason.of("finding.container-memory-skipped", reason), List.of(), null)));
        return OnePerCheck.of(findings);
    }

    /** The query limited to the inspected namespace (names only as Kubernetes allows them reach PromQL). */
    private static List<Series> query(PrometheusClient client, InspectionScope scope, String promql, List<String> failures) {
        Outcome<String> scoped = scope.namespace() == null ? Outcome.ok(promql)
                : PromqlScope.restrict(promql, NamespaceScope.only(Set.of(scope.namespace())));
        if (!(scoped instanceof Outcome.Ok<String> ok)) {
            failures.add("cannot limit the query to namespace " + scope.namespace());
            return List.of();
        }
        return switch (client.instant(ok.value(), scope.now())) {
            case Outcome.Ok<QueryResult> result -> result.value().series().stream()
                    .filter(s -> !s.samples().isEmpty() && s.metric().containsKey("namespace") && s.metric().containsKey("pod"))
                    .filter(s -> scope.namespace() == null || scope.namespace().equals(s.metric().get("namespace")))
                    .toList();
            case Outcome.NoData<QueryResult> none -> List.of();
            case Outcome.Forbidden<QueryResult> denied -> {
                failures.add(denied.reason());
                yield List.of();
            }
            case Outcome.Failure<QueryResult> failed -> {
                failures.add(failed.reason());
                yield List.of();
            }
        };
    }

    private record Target(String kind, String namespace, String name, String pod, String container) {

        /** Labels come from Prometheus: only names Kubernetes could have go into a command a person may paste. */
        boolean plain() {
            return KUBE_NAME.matcher(namespace).matches() && KUBE_NAME.matcher(pod).matches() && KUBE_NAME.matcher(container).matches();
        }
    }

    /** The workload that owns the series' pod when the pod is listed, else the pod as Prometheus names it. */
    private static Target target(InspectionScope scope, Series s) {
        Map<String, String> m = s.metric();
        String ns = m.get("namespace");
        String pod = m.get("pod");
        String container = m.getOrDefault("container", "?");
        Optional<HasMetadata> owner = scope.in(Pod.class, ns).stream().filter(p -> p.getMetadata().getName().equals(pod)).findFirst()
                .flatMap(p -> PodTemplates.topOwner(scope, p));
        return owner.map(o -> new Target(o.getKind(), ns, o.getMetadata().getName(), pod, container))
                .orElseGet(() -> new Target("Pod", ns, pod, pod, container));
    }

    private static String count(Series s) {
        return String.format(Locale.ROOT, "%.0f", s.samples().getLast().value());
    }
}
