package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.canary.CanaryHealth;
import io.kubemate.tools.canary.CanaryPolicy;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;

/** {@code canary_step}: moves a canary's traffic one step up the configured ladder (default 5 → 20 → 50 → 100 %). */
@Singleton
public final class CanaryStepAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("canary_step", Risk.WRITE, "canary.step")
            .describe("Propose moving a canary (TrafficSplit or HTTPRoute) one step up the traffic ladder; executes nothing.",
                    "提议把金丝雀（TrafficSplit 或 HTTPRoute）沿流量阶梯推进一步；不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("name", "TrafficSplit or HTTPRoute", "TrafficSplit 或 HTTPRoute 名称")
            .string("kind", "TrafficSplit or HTTPRoute, if both exist", "两者同名时指定类型")
            .commands("canary-step").positions("target").target(TargetKind.OBJECT).notForTheModel()
            .intentWords("step", "shift", "advance", "increase", "bump", "move", "ramp", "next", "放量", "推进", "下一步", "加流量", "加大", "切流", "提高")
            .build();

    private final CanaryWeights weights;

    public CanaryStepAction(CanaryPolicy policy, Clock clock, CanaryHealth health) {
        this.weights = new CanaryWeights(SPEC.name(), canary -> policy.next(canary.canaryPercent()).orElse(-1), clock, health);
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
