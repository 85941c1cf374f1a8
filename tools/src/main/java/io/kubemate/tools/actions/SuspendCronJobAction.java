package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code suspend_cronjob}: stops new runs of a CronJob. */
@Singleton
public final class SuspendCronJobAction implements Action {

    private final CronJobSuspension suspension = new CronJobSuspension("suspend_cronjob", true);

    @Override
    public String name() {
        return "suspend_cronjob";
    }

    @Override
    public Risk risk() {
        return Risk.WRITE;
    }

    @Override
    public String permission() {
        return "cronjobs.suspend";
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
