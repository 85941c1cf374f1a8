package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.kube.WorkloadDiagnoser;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

@Singleton
final class DiagnoseTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("diagnose")
            .describe("Diagnose one workload or pod - status, warning events, last termination reason, previous logs, matching runbook. Use first for \"why is X failing/restarting\".",
                    "诊断一个工作负载或 pod：状态、告警事件、上次终止原因、上一个容器的日志、匹配的 runbook。问“X 为什么失败/重启”时先用它。")
            .string("namespace", "Kubernetes namespace", "Kubernetes 命名空间")
            .string("workload", "Deployment, StatefulSet or DaemonSet name", "Deployment、StatefulSet 或 DaemonSet 名称")
            .string("pod", "pod name, when asking about one pod", "问的是某一个 pod 时的 pod 名称")
            .commands("diagnose").positions("target").target(TargetKind.WORKLOAD_OR_POD)
            .build();

    private final WorkloadDiagnoser diagnoser;
    private final DiagnosisContext context;

    DiagnoseTool(WorkloadDiagnoser diagnoser, DiagnosisContext context) {
        this.diagnoser = diagnoser;
        this.context = context;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        String target = args.string("workload") != null ? args.string("workload") : args.string("pod");
        Outcome<Diagnosis> diagnosis = diagnoser.diagnose(caller.subject(), caller, target, args.string("namespace"));
        return diagnosis instanceof Outcome.Ok<Diagnosis> ok ? Outcome.ok(context.around(caller, ok.value())) : diagnosis;
    }
}
