package io.kubemate.bot.toolcall;

import io.kubemate.bot.inspect.InspectionLifecycle;
import io.kubemate.bot.inspect.InspectionWording;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.InspectionRunner;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.KubeNames;
import io.kubemate.tools.kube.ReadPermissions;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;

import java.util.Optional;

/** {@code inspect}: every analyzer, with what is new, recurring and fixed since the last run first, in the asker's language. */
@Singleton
final class InspectTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("inspect")
            .describe("Run every cluster inspection check and report findings by severity.", "运行全部集群巡检项，按严重程度报告发现的问题。")
            .string("namespace", "namespace to inspect; omit for the whole cluster", "要巡检的命名空间；不填则为整个集群")
            .commands("inspect").positions("namespace").target(TargetKind.NAMESPACE)
            .build();

    // made at the first inspection: routing and the tool catalog need only the spec, not the analyzers
    private final BeanProvider<InspectionRunner> runner;
    private final BeanProvider<InspectionLifecycle> lifecycle;
    private final ClusterAccess cluster;
    private final InspectionWording wording;

    InspectTool(BeanProvider<InspectionRunner> runner, BeanProvider<InspectionLifecycle> lifecycle, ClusterAccess cluster,
                InspectionWording wording) {
        this.runner = runner;
        this.lifecycle = lifecycle;
        this.cluster = cluster;
        this.wording = wording;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        String namespace = args.string("namespace");
        Optional<Outcome<InspectionReport>> refused = KubeNames.problem(KubeNames.of("namespace", namespace))
                .<Outcome<InspectionReport>>map(Outcome::badRequest)
                .or(() -> ReadPermissions.refusal(caller, ReadPermissions.INSPECTIONS, namespace));
        if (refused.isPresent()) {
            return refused.get();
        }
        Outcome<InspectionReport> outcome = runner.get().run(caller.subject(), namespace);
        if (outcome instanceof Outcome.Ok<InspectionReport> ok) {
            return Outcome.ok(new InspectAnswer(lifecycle.get().track(cluster.name(), caller.subject().user(), ok.value()), wording));
        }
        return outcome;
    }
}
