package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.WorkloadDiagnoser;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

@Singleton
final class DiagnoseTool implements ReadTool {

    private final WorkloadDiagnoser diagnoser;

    DiagnoseTool(WorkloadDiagnoser diagnoser) {
        this.diagnoser = diagnoser;
    }

    @Override
    public String name() {
        return "diagnose";
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        String target = args.string("workload") != null ? args.string("workload") : args.string("pod");
        return diagnoser.diagnose(caller.subject(), target, args.string("namespace"));
    }
}
