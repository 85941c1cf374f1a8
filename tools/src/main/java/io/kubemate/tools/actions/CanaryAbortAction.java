package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.canary.CanaryHealth;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;

/** {@code canary_abort}: sends all of a canary's traffic back to the stable backend. */
@Singleton
public final class CanaryAbortAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("canary_abort", Risk.WRITE, "canary.abort")
            .describe("Propose sending all of a canary's traffic (TrafficSplit or HTTPRoute) back to stable; executes nothing.",
                    "提议把金丝雀（TrafficSplit 或 HTTPRoute）的全部流量切回稳定版本；不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("name", "TrafficSplit or HTTPRoute", "TrafficSplit 或 HTTPRoute 名称")
            .string("kind", "TrafficSplit or HTTPRoute, if both exist", "两者同名时指定类型")
            .commands("canary-abort").positions("target").target(TargetKind.OBJECT).notForTheModel()
            .intentWords("abort", "roll back", "rollback", "revert", "back to stable", "cancel the canary", "stop the canary", "回滚", "中止",
                    "终止", "切回", "撤回", "回退")
            .build();

    private final CanaryWeights weights;

    public CanaryAbortAction(Clock clock, CanaryHealth health) {
        this.weights = new CanaryWeights(SPEC.name(), canary -> 0, clock, health);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        return weights.planFor(asUser, args);
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        return weights.apply(asUser, plan);
    }
}
