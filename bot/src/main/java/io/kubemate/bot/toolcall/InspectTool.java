package io.kubemate.bot.toolcall;

import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

@Singleton
final class InspectTool implements ReadTool {

    private final InspectionRunner runner;

    InspectTool(InspectionRunner runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public Outcome<? extends Reportable> run(Subject subject, ToolArgs args) {
        return runner.run(subject, args.string("namespace"));
    }
}
