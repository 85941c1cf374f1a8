package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code uncordon}: the node takes new pods again. */
@Singleton
public final class UncordonNodeAction implements Action {

    private final NodeScheduling scheduling = new NodeScheduling("uncordon", false);

    @Override
    public String name() {
        return "uncordon";
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
