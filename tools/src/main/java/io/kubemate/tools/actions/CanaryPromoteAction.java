package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.canary.CanaryHealth;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;

/** {@code canary_promote}: sends all of a canary's traffic to the canary backend. */
@Singleton
public final class CanaryPromoteAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("canary_promote", Risk.WRITE, "canary.promote")
            .describe("Propose sending all of a canary's traffic (TrafficSplit or HTTPRoute) to the canary; executes nothing.",
                    "提议把金丝雀（TrafficSplit 或 HTTPRoute）的全部流量切到金丝雀；不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("name", "TrafficSplit or HTTPRoute", "TrafficSplit 或 HTTPRoute 名称")
            .string("kind", "TrafficSplit or HTTPRoute, if both exist", "两者同名时指定类型")
            .commands("canary-promote").positions("target").target(TargetKind.OBJECT).notForTheModel()
            .intentWords("promote", "full rollout", "go to 100", "100%", "全量", "转正", "晋升", "全部切")
            .build();

    private final CanaryWeights weights;

    public CanaryPromoteAction(Clock clock, CanaryHealth health) {
        this.weights = new CanaryWeights(SPEC.name(), canary -> 100, clock, health);
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
