package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.ObjectReader;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

@Singleton
final class K8sGetTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("k8s_get")
            .describe("List Kubernetes objects of one kind with their status.", "列出某一类 Kubernetes 对象及其状态。")
            .requiredString("kind", "kind, e.g. pod, deployment, service, node, pvc, ingress, cronjob", "类型，例如 pod、deployment、service、node、pvc、ingress、cronjob")
            .string("namespace", "namespace; omit for all namespaces", "命名空间；不填则为全部命名空间")
            .string("name", "one object's name", "某一个对象的名称")
            .commands("get").positions("kind", "name").target(TargetKind.OBJECT)
            .build();

    private final ObjectReader reader;

    K8sGetTool(ObjectReader reader) {
        this.reader = reader;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        String kind = args.string("kind") == null ? "pod" : args.string("kind");
        return reader.get(caller.subject(), caller, kind, args.string("namespace"), args.string("name"));
    }
}
