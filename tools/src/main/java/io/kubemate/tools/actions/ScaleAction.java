package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.spec.Param;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** {@code scale}: sets the replicas of a Deployment or StatefulSet. */
@Singleton
public final class ScaleAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("scale", Risk.WRITE, "workloads.scale")
            .describe("Propose setting the replicas of a Deployment or StatefulSet. Creates a proposal the person confirms; executes nothing.",
                    "提议设置 Deployment 或 StatefulSet 的副本数。只创建需要确认的提议，不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("workload", "workload name", "工作负载名称")
            .param("replicas", Param.Type.INTEGER, true, "wanted number of replicas", "期望的副本数").stated()
            .commands("scale").positions("target", "replicas").target(TargetKind.WORKLOAD)
            .intentWords("scale", "replica", "bump", "扩容", "缩容", "扩", "缩", "副本", "实例数")
            .build();

    static final int MAX_REPLICAS = 500;

    @Override
    public ToolSpec spec() {
        return SPEC;
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
                "replicas " + current + " → " + replicas, target.getKind() + " " + namespace + "/" + workload)
                .withChecks(Map.of("replicas", current), List.of(WorkloadTarget.patchOf(target)));
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
        WorkloadTarget.mergePatch(client, target, "{\"spec\":{\"replicas\":" + replicas + "}}", dryRun);
    }

    private static HasMetadata find(KubernetesClient client, String namespace, String workload) throws ActionRejected {
        return WorkloadTarget.find(client, namespace, workload, List.of(Deployment.class, StatefulSet.class));
    }

    private static int replicas(Object value) throws ActionRejected {
        int replicas;
        try {
            replicas = value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new ActionRejected(Reason.of("scale.replicas-invalid", value, MAX_REPLICAS));
        }
        if (replicas < 0 || replicas > MAX_REPLICAS) {
            throw new ActionRejected(Reason.of("scale.replicas-invalid", replicas, MAX_REPLICAS));
        }
        return replicas;
    }

    private static String text(Map<String, Object> args, String name) throws ActionRejected {
        return WorkloadTarget.text(args, "scale", name);
    }

    private static int defaultOne(Integer value) {
        return value == null ? 1 : value;
    }
}
