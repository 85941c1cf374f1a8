package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.kube.WorkloadDiagnoser;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

@Singleton
final class DiagnoseTool implements ReadTool {

    private final WorkloadDiagnoser diagnoser;
    private final DiagnosisContext context;

    DiagnoseTool(WorkloadDiagnoser diagnoser, DiagnosisContext context) {
        this.diagnoser = diagnoser;
        this.context = context;
    }

    @Override
    public String name() {
        return "diagnose";
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        String target = args.string("workload") != null ? args.string("workload") : args.string("pod");
        Outcome<Diagnosis> diagnosis = diagnoser.diagnose(caller.subject(), caller, target, args.string("namespace"));
        return diagnosis instanceof Outcome.Ok<Diagnosis> ok ? Outcome.ok(context.around(caller, ok.value())) : diagnosis;
    }
}
