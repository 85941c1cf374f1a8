package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code uncordon}: the node takes new pods again. */
@Singleton
public final class UncordonNodeAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("uncordon", Risk.WRITE, "nodes.cordon")
            .describe("Propose making a node schedulable again. Creates a proposal; executes nothing.",
                    "提议让一个节点恢复可调度。只创建提议，不执行任何变更。")
            .requiredString("node", "node name", "节点名称")
            .commands("uncordon").positions("node").target(TargetKind.NODE)
            .intentWords("uncordon", "schedulable", "恢复调度", "取消隔离", "解除封锁", "解封", "允许调度")
            .undoes("cordon")
            .build();

    private final NodeScheduling scheduling = new NodeScheduling("uncordon", false);

    @Override
    public ToolSpec spec() {
        return SPEC;
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
