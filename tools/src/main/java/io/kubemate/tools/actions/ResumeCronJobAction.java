package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code resume_cronjob}: lets a suspended CronJob run again. */
@Singleton
public final class ResumeCronJobAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("resume_cronjob", Risk.WRITE, "cronjobs.suspend")
            .describe("Propose resuming a suspended CronJob. Creates a proposal; executes nothing.",
                    "提议恢复一个已暂停的 CronJob。只创建提议，不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("name", "CronJob name", "CronJob 名称")
            .commands("resume").positions("target").target(TargetKind.CRONJOB)
            .intentWords("resume", "unsuspend", "turn on", "back on", "恢复", "启用")
            .undoes("suspend_cronjob")
            .build();

    private final CronJobSuspension suspension = new CronJobSuspension(SPEC.name(), false);

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        return suspension.planFor(asUser, args);
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) {
        return suspension.apply(asUser, plan);
    }
}
