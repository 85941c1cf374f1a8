package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code cordon}: no new pods on the node. */
@Singleton
public final class CordonNodeAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("cordon", Risk.WRITE, "nodes.cordon")
            .describe("Propose marking a node unschedulable. Creates a proposal; executes nothing.",
                    "提议把一个节点标记为不可调度。只创建提议，不执行任何变更。")
            .requiredString("node", "node name", "节点名称")
            .commands("cordon").positions("node").target(TargetKind.NODE)
            .intentWords("cordon", "drain", "unschedulable", "隔离", "停止调度", "不可调度", "禁止调度", "封锁")
            .build();

    private final NodeScheduling scheduling = new NodeScheduling("cordon", true);

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
