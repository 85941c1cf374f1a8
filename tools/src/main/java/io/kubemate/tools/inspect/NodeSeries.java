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
import java.util.function.BiFunction;

/**
 * Instant queries over per-host series (node-exporter, dcgm-exporter), each value tied to its Kubernetes node: by
 * the first of the node labels that names a node, else by the host of {@code instance} matched against the nodes'
 * names and addresses (exporters are usually scraped by IP). Series of hosts that are no node here are dropped;
 * the first failing query is kept.
 */
final class NodeSeries {

    /** One value of one node; {@code where} names the mount point or device when the series has one. */
    record Value(String node, String where, double value) {
    }

    private final PrometheusClient prometheus;
    private final Instant now;
    private final List<String> nodeLabels;
    private final Map<String, String> hostToNode = new HashMap<>();
    private String failure;

    /** node-exporter's series, whose node is named by the {@code node} label when relabelled so. */
    NodeSeries(PrometheusClient prometheus, Instant now, List<Node> nodes) {
        this(prometheus, now, nodes, List.of("node"));
    }

    NodeSeries(PrometheusClient prometheus, Instant now, List<Node> nodes, List<String> nodeLabels) {
        this.prometheus = prometheus;
        this.now = now;
        this.nodeLabels = List.copyOf(nodeLabels);
        for (Node node : nodes) {
            String name = node.getMetadata().getName();
            hostToNode.put(name, name);
            if (node.getStatus() != null && node.getStatus().getAddresses() != null) {
                node.getStatus().getAddresses().forEach(a -> hostToNode.putIfAbsent(a.getAddress(), name));
            }
        }
    }

    List<Value> of(String promql) {
        return of(promql, (node, series) -> new Value(node, where(series.metric()), last(series)));
    }

    /** Each series of a node, made into a value by {@code value} from the node's name and the series. */
    <T> List<T> of(String promql, BiFunction<String, Series, T> value) {
        List<T> values = new ArrayList<>();
        switch (prometheus.instant(promql, now)) {
            case Outcome.Ok<QueryResult> ok -> {
                for (Series series : ok.value().series()) {
                    String node = node(series.metric());
                    if (node != null && !series.samples().isEmpty() && !Double.isNaN(last(series))) {
                        values.add(value.apply(node, series));
                    }
                }
            }
            case Outcome.NoData<QueryResult> none -> { }
            case Outcome.Forbidden<QueryResult> denied -> failure = failure == null ? denied.reason() : failure;
            case Outcome.Failure<QueryResult> failed -> failure = failure == null ? failed.reason() : failure;
        }
        return values;
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    static double last(Series series) {
        return series.samples().getLast().value();
    }

    private String node(Map<String, String> labels) {
        for (String label : nodeLabels) {
            String node = hostToNode.get(labels.getOrDefault(label, ""));
            if (node != null) {
                return node;
            }
        }
        String instance = labels.getOrDefault("instance", "");
        int colon = instance.lastIndexOf(':');
        String host = colon > 0 && !instance.endsWith("]") ? instance.substring(0, colon) : instance;
        return hostToNode.get(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    }

    private static String where(Map<String, String> labels) {
        return labels.containsKey("mountpoint") ? labels.get("mountpoint") : labels.get("device");
    }
}
