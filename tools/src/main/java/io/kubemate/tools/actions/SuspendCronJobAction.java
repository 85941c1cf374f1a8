package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code suspend_cronjob}: stops new runs of a CronJob. */
@Singleton
public final class SuspendCronJobAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("suspend_cronjob", Risk.WRITE, "cronjobs.suspend")
            .describe("Propose suspending a CronJob. Creates a proposal; executes nothing.",
                    "提议暂停一个 CronJob。只创建提议，不执行任何变更。")
            .requiredString("namespace", "namespace", "命名空间")
            .requiredString("name", "CronJob name", "CronJob 名称")
            .commands("suspend").positions("target").target(TargetKind.CRONJOB)
            .intentWords("suspend", "pause", "暂停", "挂起", "停一下", "停掉", "先停")
            .build();

    private final CronJobSuspension suspension = new CronJobSuspension("suspend_cronjob", true);

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
