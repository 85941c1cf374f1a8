package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.metrics.Series;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Milvus releases, found by the labels its Helm chart and operator give their pods ({@code app.kubernetes.io/name:
 * milvus}, the release in {@code app.kubernetes.io/instance}, the component in {@code component} or
 * {@code app.kubernetes.io/component}): {@code milvus-component-down}, a component (proxy, querynode, datanode,
 * coordinators…) with no ready pod (critical) or fewer ready than it has (warning); and, with a Prometheus,
 * {@code milvus-querynode-memory}, a querynode container whose working set is ≥ 85 % of its memory limit (critical
 * at ≥ 95 %: loaded segments live in its memory, and at the limit it is OOM-killed). Only the inspected namespace.
 */
public final class MilvusInspection implements Inspection {

    static final String NAME_LABEL = "app.kubernetes.io/name";
    static final String INSTANCE_LABEL = "app.kubernetes.io/instance";
    static final double NEAR_LIMIT = 0.85;
    static final double AT_LIMIT = 0.95;

    private final Supplier<Outcome<PrometheusClient>> prometheus;

    public MilvusInspection(Supplier<Outcome<PrometheusClient>> prometheus) {
        this.prometheus = prometheus;
    }

    @Override
    public String id() {
        return "milvus";
    }

    /** The working set of the given pods' containers (names listed from the cluster, so plain). */
    static String workingSet(List<String> pods) {
        return "max by (namespace, pod, container) (container_memory_working_set_bytes{container!=\"\",container!=\"POD\",pod=~\""
                + String.join("|", pods) + "\"})";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Pod> milvus = scope.pods().stream().filter(p -> component(p) != null && !finished(p)).toList();
        if (milvus.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Pod>> byComponent = milvus.stream().collect(Collectors.groupingBy(
                p -> p.getMetadata().getNamespace() + "\n" + release(p) + "\n" + component(p), TreeMap::new, Collectors.toList()));
        byComponent.values().forEach(pods -> componentDown(scope, pods).ifPresent(findings::add));
        List<Pod> queryNodes = milvus.stream().filter(p -> "querynode".equals(component(p))).toList();
        if (!queryNodes.isEmpty() && prometheus.get() instanceof Outcome.Ok<PrometheusClient> client) {
            ScopedSeries series = new ScopedSeries(client.value(), scope);
            String promql = workingSet(queryNodes.stream().map(p -> p.getMetadata().getName()).toList());
            for (Series s : series.of(promql)) {
                queryNodes.stream().filter(p -> p.getMetadata().getName().equals(s.metric().get("pod"))
                                && p.getMetadata().getNamespace().equals(s.metric().get("namespace"))).findFirst()
                        .flatMap(p -> memoryNearLimit(scope, p, s)).ifPresent(findings::add);
            }
            series.failure().ifPresent(reason -> findings.add(new Finding(Severity.INFO, id() + "-skipped", "Inspection", scope.namespace(), id(),
                    Reason.of("finding.milvus-skipped", reason), List.of(), null)));
        }
        return OnePerCheck.of(findings);
    }

    private static Optional<Finding> componentDown(InspectionScope scope, List<Pod> pods) {
        long ready = pods.stream().filter(MilvusInspection::ready).count();
        if (ready == pods.size()) {
            return Optional.empty();
        }
        Pod first = pods.stream().filter(p -> !ready(p)).min(Comparator.comparing(p -> p.getMetadata().getName())).orElseThrow();
        HasMetadata owner = PodTemplates.topOwner(scope, first).orElse(first);
        String ns = first.getMetadata().getNamespace();
        return Optional.of(new Finding(ready == 0 ? Severity.CRITICAL : Severity.WARNING, "milvus-component-down", owner.getKind(), ns,
                owner.getMetadata().getName(), Reason.of("finding.milvus-component-down", release(first), component(first), ready, pods.size()),
                pods.stream().filter(p -> !ready(p)).limit(3).map(p -> "pod " + p.getMetadata().getName() + ": " + state(p)).toList(), null)
                .withFix("kubectl -n " + ns + " describe pod " + first.getMetadata().getName()));
    }

    private static Optional<Finding> memoryNearLimit(InspectionScope scope, Pod pod, Series s) {
        String container = s.metric().getOrDefault("container", "");
        Optional<Quantity> limit = pod.getSpec().getContainers().stream().filter(c -> c.getName().equals(container)).findFirst()
                .map(Container::getResources).map(r -> r.getLimits() == null ? null : r.getLimits().get("memory"));
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        double bytes = Quantity.getAmountInBytes(limit.get()).doubleValue();
        double used = s.samples().getLast().value();
        if (bytes <= 0 || used / bytes < NEAR_LIMIT) {
            return Optional.empty();
        }
        HasMetadata owner = PodTemplates.topOwner(scope, pod).orElse(pod);
        String ns = pod.getMetadata().getNamespace();
        return Optional.of(new Finding(used / bytes >= AT_LIMIT ? Severity.CRITICAL : Severity.WARNING, "milvus-querynode-memory",
                owner.getKind(), ns, owner.getMetadata().getName(),
                Reason.of("finding.milvus-querynode-memory", release(pod), percent(used / bytes), limit.get().toString()),
                List.of("pod " + pod.getMetadata().getName() + ": container_memory_working_set_bytes{container=\"" + container + "\"} = "
                        + String.format(Locale.ROOT, "%.0f MiB", used / (1024 * 1024)) + ", limit " + limit.get()), null)
                .withFix("kubectl -n " + ns + " top pod " + pod.getMetadata().getName() + " --containers"));
    }

    /** The Milvus component of a pod, or null for a pod of no Milvus release. */
    static String component(Pod pod) {
        Map<String, String> labels = pod.getMetadata().getLabels();
        if (labels == null || !"milvus".equals(labels.get(NAME_LABEL))) {
            return null;
        }
        return labels.containsKey("component") ? labels.get("component") : labels.get("app.kubernetes.io/component");
    }

    private static String release(Pod pod) {
        return pod.getMetadata().getLabels().getOrDefault(INSTANCE_LABEL, "milvus");
    }

    private static boolean finished(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    private static boolean ready(Pod pod) {
        return pod.getStatus() != null && pod.getStatus().getConditions() != null && pod.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static String state(Pod pod) {
        if (pod.getStatus() != null && pod.getStatus().getContainerStatuses() != null) {
            for (var status : pod.getStatus().getContainerStatuses()) {
                if (status.getState() != null && status.getState().getWaiting() != null) {
                    return status.getName() + " waiting: " + status.getState().getWaiting().getReason();
                }
            }
        }
        return pod.getStatus() == null ? "no status" : pod.getStatus().getPhase() + ", not ready";
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }
}
