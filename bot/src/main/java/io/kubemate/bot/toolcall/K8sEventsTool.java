package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.EventReader;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

@Singleton
final class K8sEventsTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("k8s_events")
            .describe("Recent events of a namespace or of one object in it, warnings first.", "某个命名空间或其中某个对象的近期事件，告警优先。")
            .requiredString("namespace", "namespace", "命名空间")
            .string("name", "object name to filter on", "要筛选的对象名称")
            .commands("events").positions("target").target(TargetKind.WORKLOAD_OR_POD)
            .build();

    private final EventReader events;

    K8sEventsTool(EventReader events) {
        this.events = events;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        return events.events(caller.subject(), caller, args.string("namespace"), args.string("name"));
    }
}
