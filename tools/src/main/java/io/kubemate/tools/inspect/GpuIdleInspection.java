package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.metrics.Series;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * GPUs held but unused ({@code gpu-idle}, info: a waste, not a fault): a running pod that requests
 * {@code nvidia.com/gpu}, started more than 24 h ago, whose GPUs' utilisation ({@code DCGM_FI_DEV_GPU_UTIL}, mapped
 * to the pod by dcgm-exporter's kubelet pod-resources labels) stayed at or below 1 % all that time. Once per owning
 * workload; a namespace inspection asks Prometheus only about that namespace, and a pod without GPU series is not
 * judged.
 */
public final class GpuIdleInspection implements Inspection {

    static final String GPU = "nvidia.com/gpu";
    static final Duration WINDOW = Duration.ofHours(24);
    static final String PEAK_UTIL = "max by (namespace, pod) (max_over_time(DCGM_FI_DEV_GPU_UTIL{pod!=\"\"}[24h]))";
    static final double IDLE_PERCENT = 1.0;

    private final Supplier<Outcome<PrometheusClient>> prometheus;

    /** @param prometheus the cluster's Prometheus, where the dcgm-exporter series live */
    public GpuIdleInspection(Supplier<Outcome<PrometheusClient>> prometheus) {
        this.prometheus = prometheus;
    }

    @Override
    public String id() {
        return "gpu-idle";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Pod> holders = scope.pods().stream().filter(p -> gpus(p) > 0 && runningSince(p, scope.now().minus(WINDOW))).toList();
        if (holders.isEmpty() || !(prometheus.get() instanceof Outcome.Ok<PrometheusClient> client)) {
            return List.of();
        }
        ScopedSeries series = new ScopedSeries(client.value(), scope);
        Map<String, Double> peak = new HashMap<>();
        for (Series s : series.of(PEAK_UTIL)) {
            peak.merge(s.metric().get("namespace") + "/" + s.metric().get("pod"), s.samples().getLast().value(), Math::max);
        }
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : holders) {
            String ns = pod.getMetadata().getNamespace();
            String name = pod.getMetadata().getName();
            Double util = peak.get(ns + "/" + name);
            if (util == null || util > IDLE_PERCENT) {
                continue;
            }
            HasMetadata owner = PodTemplates.topOwner(scope, pod).orElse(pod);
            findings.add(new Finding(Severity.INFO, "gpu-idle", owner.getKind(), ns, owner.getMetadata().getName(),
                    Reason.of("finding.gpu-idle", gpus(pod), String.format(Locale.ROOT, "%.0f", util)),
                    List.of("pod " + name + ": " + GPU + " = " + gpus(pod), "pod " + name + ": " + PEAK_UTIL + " = " + String.format(Locale.ROOT, "%.1f", util)),
                    null).withFix("kubectl -n " + ns + " describe pod " + name));
        }
        series.failure().ifPresent(reason -> findings.add(new Finding(Severity.INFO, id() + "-skipped", "Inspection", scope.namespace(), id(),
                Reason.of("finding.gpu-skipped", reason), List.of(), null)));
        return OnePerCheck.of(findings);
    }

    /** The GPUs a pod holds: for an extended resource the limit is the request. */
    static long gpus(Pod pod) {
        long total = 0;
        for (Container c : pod.getSpec().getContainers()) {
            if (c.getResources() == null) {
                continue;
            }
            Quantity q = Optional.ofNullable(c.getResources().getLimits()).map(l -> l.get(GPU))
                    .orElseGet(() -> Optional.ofNullable(c.getResources().getRequests()).map(r -> r.get(GPU)).orElse(null));
            if (q != null) {
                total += Quantity.getAmountInBytes(q).max(BigDecimal.ZERO).longValue();
            }
        }
        return total;
    }

    private static boolean runningSince(Pod pod, Instant before) {
        if (pod.getStatus() == null || !"Running".equals(pod.getStatus().getPhase()) || pod.getStatus().getStartTime() == null) {
            return false;
        }
        return !Instant.parse(pod.getStatus().getStartTime()).isAfter(before);
    }
}
