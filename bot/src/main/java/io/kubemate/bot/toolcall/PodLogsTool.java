package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.PodLogReader;
import io.kubemate.tools.kube.PodLogs;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.Param;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

@Singleton
final class PodLogsTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("pod_logs")
            .describe("The tail of one container's log; previous=true for the crashed instance.", "一个容器日志的末尾；previous=true 查看崩溃前的实例。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("pod", "pod name", "pod 名称")
            .string("container", "container name when the pod has several", "pod 有多个容器时的容器名")
            .param("previous", Param.Type.BOOLEAN, false, "logs of the previous (crashed) container", "上一个（崩溃的）容器的日志")
            .param("tail", Param.Type.INTEGER, false, "number of lines, at most 200", "行数，最多 200")
            .commands("podlogs").positions("target").target(TargetKind.POD)
            .build();

    private final PodLogReader logs;

    PodLogsTool(PodLogReader logs) {
        this.logs = logs;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        Outcome<PodLogs> current = logs.logs(caller.subject(), caller, args.string("namespace"), args.string("pod"),
                args.string("container"), args.flag("previous"), args.integer("tail"));
        if (current instanceof Outcome.NoData<PodLogs> none && args.string("previous") == null) {
            Outcome<PodLogs> earlier = logs.logs(caller.subject(), caller, args.string("namespace"), args.string("pod"),
                    args.string("container"), true, args.integer("tail"));
            if (earlier instanceof Outcome.Ok<PodLogs> ok) {
                return Outcome.ok(new EarlierLogs(ok.value(), none.reason()));
            }
        }
        return current;
    }
}
