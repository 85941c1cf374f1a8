package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.PodLogReader;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

@Singleton
final class PodLogsTool implements ReadTool {

    private final PodLogReader logs;

    PodLogsTool(PodLogReader logs) {
        this.logs = logs;
    }

    @Override
    public String name() {
        return "pod_logs";
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        return logs.logs(caller.subject(), caller, args.string("namespace"), args.string("pod"), args.string("container"),
                args.flag("previous"), args.integer("tail"));
    }
}
