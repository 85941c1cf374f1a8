package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Taint;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Nodes NotReady or Unknown, under memory, disk or PID pressure, without network, with any other condition away
 * from its healthy status (node-problem-detector's and vendors' included), or cordoned for long.
 */
@Singleton
public final class NodeInspection implements Inspection {

    static final Set<String> PRESSURES = Set.of("MemoryPressure", "DiskPressure", "PIDPressure");
    /** Conditions besides Ready that are healthy when True (k3s reports whether an etcd member votes). */
    static final Set<String> HEALTHY_WHEN_TRUE = Set.of("EtcdIsVoter");
    static final Duration LONG_CORDON = Duration.ofDays(1);

    @Override
    public String id() {
        return "node";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(Node.class), node -> check(scope, node));
    }

    private List<Finding> check(InspectionScope scope, Node node) {
        List<Finding> findings = new ArrayList<>();
        List<NodeCondition> conditions = node.getStatus().getConditions() == null ? List.of() : node.getStatus().getConditions();
        boolean ready = conditions.stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
        for (NodeCondition c : conditions) {
            condition(node, c, ready).ifPresent(findings::add);
        }
        if (node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            Instant since = cordonedSince(node);
            boolean longAgo = since != null && Duration.between(since, scope.now()).compareTo(LONG_CORDON) > 0;
            findings.add(Finding.on(node, longAgo ? Severity.WARNING : Severity.INFO, "node-cordoned",
                    since == null ? Reason.of("finding.node-cordoned") : Reason.of("finding.node-cordoned.since", since),
                    List.of("spec.unschedulable true"), null));
        }
        return OnePerCheck.of(findings);
    }

    /**
     * A condition away from its healthy status: Ready and the few conditions that are healthy when True must be
     * True, every other one (the kubelet's pressures, node-problem-detector's and vendors' own) False. While the
     * node is not Ready the others read Unknown only because nothing reports: the not-ready finding says it all.
     */
    private static Optional<Finding> condition(Node node, NodeCondition c, boolean ready) {
        String type = c.getType();
        String status = c.getStatus();
        String evidence = type + "=" + status + " (" + c.getReason() + "): " + c.getMessage();
        if ("Ready".equals(type)) {
            return "True".equals(status) ? Optional.empty() : Optional.of(Finding.on(node, Severity.CRITICAL, "node-not-ready",
                    "Unknown".equals(status) ? Reason.of("finding.node-unknown", c.getLastTransitionTime())
                            : Reason.of("finding.node-not-ready", c.getLastTransitionTime()), List.of(evidence), RunbookIds.NODE_NOT_READY));
        }
        boolean healthyWhenTrue = HEALTHY_WHEN_TRUE.contains(type);
        if ((healthyWhenTrue ? "True" : "False").equals(status) || (!ready && "Unknown".equals(status))) {
            return Optional.empty();
        }
        Reason state = "Unknown".equals(status) ? Reason.of("finding.node-condition-unknown", type)
                : healthyWhenTrue ? Reason.of("finding.node-condition-is", type, status) : null;
        if (PRESSURES.contains(type)) {
            return Optional.of(Finding.on(node, Severity.WARNING, "node-pressure", state == null ? Reason.of("finding.node-pressure", type) : state,
                    List.of(evidence), RunbookIds.EVICTED));
        }
        if ("NetworkUnavailable".equals(type)) {
            return Optional.of(Finding.on(node, Severity.CRITICAL, "node-network", state == null ? Reason.of("finding.node-network") : state,
                    List.of(evidence), RunbookIds.NODE_NOT_READY));
        }
        return Optional.of(Finding.of(node, Severity.WARNING, "node-condition-" + type,
                List.of(state == null ? Reason.of("finding.node-condition-reported", type) : state,
                        Reason.of("finding.node-condition-reason", c.getReason())),
                List.of(evidence), RunbookIds.NODE_NOT_READY));
    }

    private static Instant cordonedSince(Node node) {
        List<Taint> taints = node.getSpec().getTaints() == null ? List.of() : node.getSpec().getTaints();
        return taints.stream().filter(t -> "node.kubernetes.io/unschedulable".equals(t.getKey()) && t.getTimeAdded() != null)
                .map(t -> Instant.parse(t.getTimeAdded())).findFirst().orElse(null);
    }
}
