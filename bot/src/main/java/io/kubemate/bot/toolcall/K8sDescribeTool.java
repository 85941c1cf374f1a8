package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.ObjectDescriber;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

@Singleton
final class K8sDescribeTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("k8s_describe")
            .describe("Describe one Kubernetes object with its events (secrets redacted).", "描述一个 Kubernetes 对象及其事件（密钥已脱敏）。")
            .requiredString("kind", "kind of the object", "对象的类型")
            .string("namespace", "namespace of the object", "对象所在的命名空间")
            .requiredString("name", "name of the object", "对象的名称")
            .commands("describe").positions("kind", "name").target(TargetKind.OBJECT)
            .build();

    private final ObjectDescriber describer;

    K8sDescribeTool(ObjectDescriber describer) {
        this.describer = describer;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        return describer.describe(caller.subject(), caller, args.string("kind"), args.string("namespace"), args.string("name"));
    }
}
