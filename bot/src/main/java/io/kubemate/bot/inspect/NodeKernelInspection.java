package io.kubemate.bot.inspect;

import io.fabric8.kubernetes.api.model.Node;
import io.kubemate.bot.observe.Backends;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.Inspection;
import io.kubemate.tools.inspect.InspectionScope;
import io.kubemate.tools.inspect.Severity;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.metrics.QueryResult;
import io.kubemate.tools.metrics.Series;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kernel network limits that Node objects do not show, read from node-exporter through the default Prometheus: TCP
 * listen queues overflowing (SYNs dropped and retried about a second later: jitter while averages look fine, usually
 * {@code net.core.somaxconn} left at the OS default on new nodes), a {@code somaxconn} below the baseline, and the
 * conntrack table close to full. Node-wide, so only in a whole-cluster inspection by a person who may list nodes,
 * and only when a Prometheus is configured.
 */
@Singleton
final class NodeKernelInspection implements Inspection {

    static final String OVERFLOWS = "increase(node_netstat_TcpExt_ListenOverflows[10m])";
    static final String SOMAXCONN = "node_sysctl_net_core_somaxconn";
    static final String CONNTRACK = "node_nf_conntrack_entries";
    static final String CONNTRACK_LIMIT = "node_nf_conntrack_entries_limit";
    static final int SOMAXCONN_BASELINE = 4096;
    static final double CONNTRACK_FULL = 0.9;
    private static final String RUNBOOK = "inspection-triage";

    private final Backends backends;

    NodeKernelInspection(Backends backends) {
        this.backends = backends;
    }

    @Override
    public String id() {
        return "node-kernel";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        if (scope.namespace() != null) {
            return List.of();
        }
        Set<String> nodes = scope.list(Node.class).stream().map(n -> n.getMetadata().getName()).collect(Collectors.toSet());
        if (!(backends.prometheus(null) instanceof Outcome.Ok<PrometheusClient> prometheus)) {
            return List.of();
        }
        PerNode values = new PerNode(prometheus.value(), scope, nodes);
        Map<String, Double> overflows = values.of(OVERFLOWS);
        Map<String, Double> somaxconn = values.of(SOMAXCONN);
        Map<String, Double> conntrack = values.of(CONNTRACK);
        Map<String, Double> conntrackLimit = values.of(CONNTRACK_LIMIT);
        List<Finding> findings = new ArrayList<>();
        for (String node : nodes.stream().sorted().toList()) {
            double overflowed = overflows.getOrDefault(node, 0.0);
            Double backlog = somaxconn.get(node);
            String backlogLine = backlog == null ? "net.core.somaxconn: not exported" : "net.core.somaxconn = " + count(backlog);
            if (overflowed > 0) {
                findings.add(new Finding(Severity.WARNING, "node-listen-overflow", "Node", null, node,
                        backlog != null && backlog < SOMAXCONN_BASELINE
                                ? Reason.of("finding.node-listen-overflow.somaxconn", count(overflowed), count(backlog))
                                : Reason.of("finding.node-listen-overflow", count(overflowed)),
                        List.of(OVERFLOWS + " = " + count(overflowed), backlogLine), RUNBOOK));
            } else if (backlog != null && backlog < SOMAXCONN_BASELINE) {
                findings.add(new Finding(Severity.INFO, "node-somaxconn-low", "Node", null, node,
                        Reason.of("finding.node-somaxconn-low", count(backlog), SOMAXCONN_BASELINE), List.of(backlogLine), RUNBOOK));
            }
            Double entries = conntrack.get(node);
            Double limit = conntrackLimit.get(node);
            if (entries != null && limit != null && limit > 0 && entries / limit >= CONNTRACK_FULL) {
                findings.add(new Finding(Severity.WARNING, "node-conntrack-full", "Node", null, node,
                        Reason.of("finding.node-conntrack-full", String.format(Locale.ROOT, "%.0f", 100 * entries / limit),
                                count(entries), count(limit)),
                        List.of(CONNTRACK + " = " + count(entries), CONNTRACK_LIMIT + " = " + count(limit)), RUNBOOK));
            }
        }
        values.failure().ifPresent(reason -> findings.add(new Finding(Severity.INFO, id() + "-skipped", "Inspection", null, id(),
                Reason.of("finding.node-kernel-skipped", reason), List.of(), null)));
        return findings;
    }

    private static String count(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** One instant query per metric, each series keyed by its node (the {@code node} label, else the instance's host). */
    private static final class PerNode {

        private final PrometheusClient prometheus;
        private final InspectionScope scope;
        private final Set<String> nodes;
        private String failure;

        PerNode(PrometheusClient prometheus, InspectionScope scope, Set<String> nodes) {
            this.prometheus = prometheus;
            this.scope = scope;
            this.nodes = nodes;
        }

        Map<String, Double> of(String promql) {
            Map<String, Double> out = new HashMap<>();
            switch (prometheus.instant(promql, scope.now())) {
                case Outcome.Ok<QueryResult> ok -> {
                    for (Series series : ok.value().series()) {
                        String node = node(series.metric());
                        if (nodes.contains(node) && !series.samples().isEmpty()) {
                            out.put(node, series.samples().getLast().value());
                        }
                    }
                }
                case Outcome.NoData<QueryResult> none -> { }
                case Outcome.Forbidden<QueryResult> denied -> failure = denied.reason();
                case Outcome.Failure<QueryResult> failed -> failure = failed.reason();
            }
            return out;
        }

        java.util.Optional<String> failure() {
            return java.util.Optional.ofNullable(failure);
        }

        private static String node(Map<String, String> labels) {
            String node = labels.get("node");
            if (node != null) {
                return node;
            }
            String instance = labels.getOrDefault("instance", "");
            int colon = instance.lastIndexOf(':');
            return colon > 0 ? instance.substring(0, colon) : instance;
        }
    }
}
