package io.kubemate.bot.toolcall;

import io.kubemate.bot.inspect.InspectionLifecycle;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

/** {@code inspect}: every analyzer, with what is new, recurring and fixed since the last run first. */
@Singleton
final class InspectTool implements ReadTool {

    private final InspectionRunner runner;
    private final InspectionLifecycle lifecycle;
    private final ClusterAccess cluster;

    InspectTool(InspectionRunner runner, InspectionLifecycle lifecycle, ClusterAccess cluster) {
        this.runner = runner;
        this.lifecycle = lifecycle;
        this.cluster = cluster;
    }

    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        Outcome<InspectionReport> outcome = runner.run(caller.subject(), args.string("namespace"));
        if (outcome instanceof Outcome.Ok<InspectionReport> ok) {
            return Outcome.ok(lifecycle.track(cluster.name(), caller.subject().user(), ok.value()));
        }
        return outcome;
    }
}
