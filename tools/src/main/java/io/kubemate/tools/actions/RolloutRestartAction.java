package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * {@code rollout_restart}: what {@code kubectl rollout restart} does — stamps the pod template with
 * {@code kubectl.kubernetes.io/restartedAt}, so the controller replaces the pods under its rollout strategy.
 */
@Singleton
public final class RolloutRestartAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("rollout_restart", Risk.WRITE, "workloads.restart")
            .describe("Propose a rolling restart of a workload. Creates a proposal; executes nothing.",
                    "提议滚动重启一个工作负载。只创建提议，不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("workload", "workload name", "工作负载名称")
            .commands("restart").positions("target").target(TargetKind.WORKLOAD)
            .intentWords("restart", "bounce", "kick", "重启", "拉起", "重新部署")
            .build();

    static final String ANNOTATION = "kubectl.kubernetes.io/restartedAt";
    private static final List<Class<? extends HasMetadata>> KINDS = List.of(Deployment.class, StatefulSet.class, DaemonSet.class);

    private final Clock clock;

    public RolloutRestartAction(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        String namespace = WorkloadTarget.text(args, name(), "namespace");
        String workload = WorkloadTarget.text(args, name(), "workload");
        HasMetadata target = WorkloadTarget.find(asUser, namespace, workload, KINDS);
        WorkloadTarget.mergePatch(asUser, target, body(clock.instant().toString()), true);
        return new ActionPlan(name(), Map.of("namespace", namespace, "workload", workload, "kind", target.getKind()),
                "restart every pod of " + target.getKind() + " " + workload + ", one rollout step at a time",
                target.getKind() + " " + namespace + "/" + workload)
                .withChecks(Map.of("restartedAt", restartedAt(target)), List.of(WorkloadTarget.patchOf(target)));
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        String namespace = (String) plan.args().get("namespace");
        String workload = (String) plan.args().get("workload");
        HasMetadata target = WorkloadTarget.find(asUser, namespace, workload, KINDS);
        String at = clock.instant().toString();
        WorkloadTarget.mergePatch(asUser, target, body(at), false);
        return target.getKind() + " " + namespace + "/" + workload + " restarting (restartedAt " + at + ")";
    }

    /** The last restart's stamp ({@code ""} when never restarted): a restart in between makes a proposal stale. */
    private static String restartedAt(HasMetadata target) {
        PodTemplateSpec template = switch (target) {
            case Deployment d -> d.getSpec().getTemplate();
            case StatefulSet s -> s.getSpec().getTemplate();
            case DaemonSet ds -> ds.getSpec().getTemplate();
            default -> null;
        };
        Map<String, String> annotations = template == null || template.getMetadata() == null ? null : template.getMetadata().getAnnotations();
        return annotations == null ? "" : annotations.getOrDefault(ANNOTATION, "");
    }

    private static String body(String at) {
        return "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\"" + ANNOTATION + "\":\"" + at + "\"}}}}}";
    }
}
