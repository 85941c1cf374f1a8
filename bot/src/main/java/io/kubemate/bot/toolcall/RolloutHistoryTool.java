package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.RolloutHistoryReader;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

@Singleton
final class RolloutHistoryTool implements ReadTool {

    private final RolloutHistoryReader history;

    RolloutHistoryTool(RolloutHistoryReader history) {
        this.history = history;
    }

    @Override
    public String name() {
        return "rollout_history";
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        return history.history(caller.subject(), caller, args.string("namespace"), args.string("workload"));
    }
}
