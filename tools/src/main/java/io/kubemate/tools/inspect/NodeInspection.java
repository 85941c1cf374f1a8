package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Taint;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Nodes NotReady or Unknown, under memory, disk or PID pressure, without network, or cordoned for long. */
@Singleton
public final class NodeInspection implements Inspection {

    static final Set<String> PRESSURES = Set.of("MemoryPressure", "DiskPressure", "PIDPressure");
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
        for (NodeCondition c : node.getStatus().getConditions()) {
            String evidence = c.getType() + "=" + c.getStatus() + " (" + c.getReason() + "): " + c.getMessage();
            if ("Ready".equals(c.getType()) && !"True".equals(c.getStatus())) {
                findings.add(Finding.on(node, Severity.CRITICAL, "node-not-ready",
                        ("Unknown".equals(c.getStatus()) ? "Unknown: the kubelet stopped reporting" : "NotReady")
                                + " since " + c.getLastTransitionTime(), List.of(evidence), RunbookIds.NODE_NOT_READY));
            } else if (PRESSURES.contains(c.getType()) && "True".equals(c.getStatus())) {
                findings.add(Finding.on(node, Severity.WARNING, "node-pressure", "under " + c.getType(), List.of(evidence),
                        RunbookIds.EVICTED));
            } else if ("NetworkUnavailable".equals(c.getType()) && "True".equals(c.getStatus())) {
                findings.add(Finding.on(node, Severity.CRITICAL, "node-network", "network unavailable", List.of(evidence),
                        RunbookIds.NODE_NOT_READY));
            } else if (!"Ready".equals(c.getType()) && "True".equals(c.getStatus())) {
                // node-problem-detector conditions (KernelDeadlock, ReadonlyFilesystem, ...) are True when bad
                findings.add(Finding.on(node, Severity.WARNING, "node-condition-" + c.getType(), c.getType() + " reported",
                        List.of(evidence), RunbookIds.NODE_NOT_READY));
            }
        }
        if (node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            Instant since = cordonedSince(node);
            boolean longAgo = since != null && Duration.between(since, scope.now()).compareTo(LONG_CORDON) > 0;
            findings.add(Finding.on(node, longAgo ? Severity.WARNING : Severity.INFO, "node-cordoned",
                    "cordoned" + (since == null ? "" : " since " + since), List.of("spec.unschedulable true"), null));
        }
        return findings;
    }

    private static Instant cordonedSince(Node node) {
        List<Taint> taints = node.getSpec().getTaints() == null ? List.of() : node.getSpec().getTaints();
        return taints.stream().filter(t -> "node.kubernetes.io/unschedulable".equals(t.getKey()) && t.getTimeAdded() != null)
                .map(t -> Instant.parse(t.getTimeAdded())).findFirst().orElse(null);
    }
}
