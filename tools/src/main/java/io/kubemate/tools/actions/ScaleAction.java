package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code scale}: sets the replicas of a Deployment or StatefulSet. */
@Singleton
public final class ScaleAction implements Action {

    static final int MAX_REPLICAS = 500;

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public Risk risk() {
        return Risk.WRITE;
    }

    @Override
    public String permission() {
        return "workloads.scale";
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        String namespace = text(args, "namespace");
        String workload = text(args, "workload");
        int replicas = replicas(args.get("replicas"));
        HasMetadata target = find(asUser, namespace, workload);
        int current = target instanceof Deployment d ? defaultOne(d.getSpec().getReplicas()) : defaultOne(((StatefulSet) target).getSpec().getReplicas());
        if (current == replicas) {
            throw new ActionRejected(target.getKind() + " " + namespace + "/" + workload + " already has " + replicas + " replicas");
        }
        patch(asUser, target, replicas, true);
        return new ActionPlan(name(), Map.of("namespace", namespace, "workload", workload, "kind", target.getKind(), "replicas", replicas),
                "replicas " + current + " → " + replicas, target.getKind() + " " + namespace + "/" + workload);
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        String namespace = (String) plan.args().get("namespace");
        String workload = (String) plan.args().get("workload");
        int replicas = (Integer) plan.args().get("replicas");
        HasMetadata target = find(asUser, namespace, workload);
        patch(asUser, target, replicas, false);
        return target.getKind() + " " + namespace + "/" + workload + " scaled to " + replicas + " replicas";
    }

    private static void patch(KubernetesClient client, HasMetadata target, int replicas, boolean dryRun) {
        String body = "{\"spec\":{\"replicas\":" + replicas + "}}";
        var resource = target instanceof Deployment
                ? client.apps().deployments().inNamespace(target.getMetadata().getNamespace()).withName(target.getMetadata().getName())
                : client.apps().statefulSets().inNamespace(target.getMetadata().getNamespace()).withName(target.getMetadata().getName());
        (dryRun ? resource.dryRun() : resource).patch(PatchContext.of(PatchType.JSON_MERGE), body);
    }

    private static HasMetadata find(KubernetesClient client, String namespace, String workload) throws ActionRejected {
        Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(workload).get();
        if (deployment != null) {
            return deployment;
        }
        StatefulSet statefulSet = client.apps().statefulSets().inNamespace(namespace).withName(workload).get();
        if (statefulSet != null) {
            return statefulSet;
        }
        throw new ActionRejected("no Deployment or StatefulSet " + workload + " in namespace " + namespace);
    }

    private static int replicas(Object value) throws ActionRejected {
        int replicas;
        try {
            replicas = value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new ActionRejected("replicas must be a whole number, got '" + value + "'");
        }
        if (replicas < 0 || replicas > MAX_REPLICAS) {
            throw new ActionRejected("replicas must be between 0 and " + MAX_REPLICAS + ", got " + replicas);
        }
        return replicas;
    }

    private static String text(Map<String, Object> args, String name) throws ActionRejected {
        Object value = args.get(name);
        if (value == null || value.toString().isBlank()) {
            throw new ActionRejected("scale needs " + name);
        }
        return value.toString().trim();
    }

    private static int defaultOne(Integer value) {
        return value == null ? 1 : value;
    }
}
