package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Node;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.metrics.QueryResult;
import io.kubemate.tools.metrics.Series;
import io.kubemate.tools.outcome.Outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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

    private final PrometheusClient prometheus;
    private final Instant now;
    private final Map<String, String> hostToNode = new HashMap<>();
    private String failure;

    GpuSeries(PrometheusClient prometheus, Instant now, List<Node> nodes) {
        this.prometheus = prometheus;
        this.now = now;
        for (Node node : nodes) {
            String name = node.getMetadata().getName();
            hostToNode.put(name, name);
            if (node.getStatus() != null && node.getStatus().getAddresses() != null) {
                node.getStatus().getAddresses().forEach(a -> hostToNode.putIfAbsent(a.getAddress(), name));
            }
        }
    }

    List<Gpu> of(String promql) {
        List<Gpu> gpus = new ArrayList<>();
        switch (prometheus.instant(promql, now)) {
            case Outcome.Ok<QueryResult> ok -> {
                for (Series s : ok.value().series()) {
                    String node = node(s.metric());
                    if (node != null && !s.samples().isEmpty() && !Double.isNaN(s.samples().getLast().value())) {
                        Map<String, String> m = s.metric();
                        // scraped without honorLabels, the GPU's pod arrives as exported_*, and pod is the exporter's own
                        String podName = m.getOrDefault("exported_pod", m.get("pod"));
                        String podNamespace = m.getOrDefault("exported_namespace", m.get("namespace"));
                        String pod = podName != null && !podName.isEmpty() && podNamespace != null ? podNamespace + "/" + podName : null;
                        gpus.add(new Gpu(node, m.getOrDefault("gpu", "?"), m.get("UUID"), m.get("modelName"), pod, s.samples().getLast().value()));
                    }
                }
            }
            case Outcome.NoData<QueryResult> none -> { }
            case Outcome.Forbidden<QueryResult> denied -> failure = failure == null ? denied.reason() : failure;
            case Outcome.Failure<QueryResult> failed -> failure = failure == null ? failed.reason() : failure;
        }
        return gpus;
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    private String node(Map<String, String> labels) {
        for (String label : List.of("Hostname", "node", "kubernetes_node")) {
            String node = hostToNode.get(labels.getOrDefault(label, ""));
            if (node != null) {
                return node;
            }
        }
        String instance = labels.getOrDefault("instance", "");
        int colon = instance.lastIndexOf(':');
        return hostToNode.get(colon > 0 ? instance.substring(0, colon) : instance);
    }
}
