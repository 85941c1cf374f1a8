package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code cordon}: no new pods on the node. */
@Singleton
public final class CordonNodeAction implements Action {

    private final NodeScheduling scheduling = new NodeScheduling("cordon", true);

    @Override
    public String name() {
        return "cordon";
    }

    @Override
    public Risk risk() {
        return Risk.WRITE;
    }

    @Override
    public String permission() {
        return "nodes.cordon";
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        return scheduling.planFor(asUser, args);
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) {
        return scheduling.apply(asUser, plan);
    }
}
