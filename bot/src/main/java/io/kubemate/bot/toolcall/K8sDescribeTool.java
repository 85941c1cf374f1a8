package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.ObjectDescriber;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;

@Singleton
final class K8sDescribeTool implements ReadTool {

    private final ObjectDescriber describer;

    K8sDescribeTool(ObjectDescriber describer) {
        this.describer = describer;
    }

    @Override
    public String name() {
        return "k8s_describe";
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        return describer.describe(caller.subject(), caller, args.string("kind"), args.string("namespace"), args.string("name"));
    }
}
