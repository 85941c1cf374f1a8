package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.kube.WorkloadDiagnoser;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

@Singleton
final class DiagnoseTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("diagnose")
            .describe("Diagnose one workload, job, cronjob, service, pvc, node or pod: the cause with its evidence, what is fine, runbook, next step. "
                            + "Use first for why/what is wrong questions; for \"A times out calling B\" diagnose B with client=A.",
                    "诊断一个工作负载、Job、CronJob、Service、PVC、节点或 pod：原因及证据、正常项、运行手册、下一步。问为什么/怎么了时先用它；"
                            + "“A 调 B 超时”时诊断 B，client=A。")
            .string("namespace", "Kubernetes namespace", "Kubernetes 命名空间")
            .string("workload", "workload, job or cronjob name", "工作负载、Job 或 CronJob 名称")
            .string("pod", "pod name", "pod 名称")
            .string("node", "node name", "节点名称")
            .string("name", "service or pvc name", "Service 或 PVC 名称")
            .string("client", "the caller that cannot reach it", "连不上它的调用方")
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
    public Outcome<DiagnosisWithContext> run(Caller caller, ToolArgs args) {
        String target = first(args, "workload", "pod", "name", "node");
        boolean node = args.string("node") != null && args.string("node").equals(target);
        String kind = node ? "node" : null;
        Outcome<Diagnosis> diagnosis = diagnoser.diagnose(caller.subject(), caller, target, kind, args.string("namespace"), args.string("client"));
        return switch (diagnosis) {
            case Outcome.Ok<Diagnosis> ok -> Outcome.ok(context.around(caller, ok.value()));
            case Outcome.Refusal refusal -> Outcome.passOn(refusal);
        };
    }

    private static String first(ToolArgs args, String... names) {
        for (String name : names) {
            if (args.string(name) != null) {
                return args.string(name);
            }
        }
        return null;
    }
}
