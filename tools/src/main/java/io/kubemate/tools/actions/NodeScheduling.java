package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.kubemate.tools.outcome.Reason;

import java.util.List;
import java.util.Map;

/** What cordon and uncordon share: they differ only in the value of {@code spec.unschedulable} they set. */
final class NodeScheduling {

    private final String action;
    private final boolean unschedulable;

    NodeScheduling(String action, boolean unschedulable) {
        this.action = action;
        this.unschedulable = unschedulable;
    }

    ActionPlan planFor(KubernetesClient client, Map<String, Object> args) throws ActionRejected {
        String nodeName = WorkloadTarget.text(args, action, "node");
        Node node = client.nodes().withName(nodeName).get();
        if (node == null) {
            throw new ActionRejected(Reason.of("objects.none-named", "node", nodeName));
        }
        boolean now = node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
        if (now == unschedulable) {
            throw new ActionRejected(Reason.of(now ? "node.already-cordoned" : "node.already-schedulable", nodeName));
        }
        patch(client, nodeName, true);
        return new ActionPlan(action, Map.of("node", nodeName), "schedulable " + !now + " → " + !unschedulable
                + (unschedulable ? " (running pods stay; new pods go elsewhere)" : ""), "Node " + nodeName)
                .withChecks(Map.of("unschedulable", now), List.of(AccessCheck.patch("", "nodes", null, nodeName)));
    }

    String apply(KubernetesClient client, ActionPlan plan) {
        String nodeName = (String) plan.args().get("node");
        patch(client, nodeName, false);
        return "node " + nodeName + (unschedulable ? " cordoned" : " uncordoned");
    }

    private void patch(KubernetesClient client, String nodeName, boolean dryRun) {
        var resource = client.nodes().withName(nodeName);
        (dryRun ? resource.dryRun() : resource).patch(PatchContext.of(PatchType.JSON_MERGE),
                "{\"spec\":{\"unschedulable\":" + (unschedulable ? "true" : "null") + "}}");
    }
}
