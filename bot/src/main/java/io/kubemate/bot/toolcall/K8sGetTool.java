package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.ObjectReader;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

@Singleton
final class K8sGetTool implements ReadTool {

    private final ObjectReader reader;

    K8sGetTool(ObjectReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "k8s_get";
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        String kind = args.string("kind") == null ? "pod" : args.string("kind");
        return reader.get(caller.subject(), caller, kind, args.string("namespace"), args.string("name"));
    }
}
