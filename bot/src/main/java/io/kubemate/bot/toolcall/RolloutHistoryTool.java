package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.RolloutHistoryReader;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

@Singleton
final class RolloutHistoryTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("rollout_history")
            .describe("A Deployment's revisions with their images and change causes.", "一个 Deployment 的历史版本及其镜像和变更原因。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("workload", "Deployment name", "Deployment 名称")
            .commands("history").positions("target").target(TargetKind.WORKLOAD)
            .build();

    private final RolloutHistoryReader history;

    RolloutHistoryTool(RolloutHistoryReader history) {
        this.history = history;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        return history.history(caller.subject(), caller, args.string("namespace"), args.string("workload"));
    }
}
