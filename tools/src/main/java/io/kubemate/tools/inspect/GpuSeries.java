package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Node;
import io.kubemate.tools.metrics.PrometheusClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Instant queries over NVIDIA dcgm-exporter series, one value per GPU tied to its Kubernetes node: by the
 * exporter's {@code Hostname} label (the node name in its DaemonSet), else {@code node}/{@code kubernetes_node},
 * else the host of {@code instance}, each matched against the nodes' names and addresses. GPUs of hosts that are
 * no node here are dropped; the first failing query is kept.
 */
final class GpuSeries {

    /** One GPU's value; {@code pod} is {@code namespace/pod} when the exporter maps the GPU to a pod, else null. */
    record Gpu(String node, String gpu, String uuid, String model, String pod, double value) {

        /** The GPU as a person finds it: index and model. */
        String label() {
            return "#" + gpu + (model == null ? "" : " " + model);
        }

        String key() {
            return node + "/" + (uuid == null ? gpu : uuid);
        }
    }

    private final NodeSeries series;

    GpuSeries(PrometheusClient prometheus, Instant now, List<Node> nodes) {
        this.series = new NodeSeries(prometheus, now, nodes, List.of("Hostname", "node", "kubernetes_node"));
    }

    List<Gpu> of(String promql) {
        return series.of(promql, (node, s) -> {
            Map<String, String> m = s.metric();
            // scraped without honorLabels, the GPU's pod arrives as exported_*, and pod is the exporter's own
            String podName = m.getOrDefault("exported_pod", m.get("pod"));
            String podNamespace = m.getOrDefault("exported_namespace", m.get("namespace"));
            String pod = podName != null && !podName.isEmpty() && podNamespace != null ? podNamespace + "/" + podName : null;
            return new Gpu(node, m.getOrDefault("gpu", "?"), m.get("UUID"), m.get("modelName"), pod, NodeSeries.last(s));
        });
    }

    Optional<String> failure() {
        return series.failure();
    }
}
