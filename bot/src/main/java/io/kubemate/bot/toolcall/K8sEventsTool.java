package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.EventReader;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

@Singleton
final class K8sEventsTool implements ReadTool {

    private final EventReader events;

    K8sEventsTool(EventReader events) {
        this.events = events;
    }

    @Override
    public String name() {
        return "k8s_events";
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        return events.events(caller.subject(), caller, args.string("namespace"), args.string("name"));
    }
}
