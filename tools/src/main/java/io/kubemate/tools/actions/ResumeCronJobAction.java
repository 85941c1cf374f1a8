package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import jakarta.inject.Singleton;

import java.util.Map;

/** {@code resume_cronjob}: lets a suspended CronJob run again. */
@Singleton
public final class ResumeCronJobAction implements Action {

    private final CronJobSuspension suspension = new CronJobSuspension("resume_cronjob", false);

    @Override
    public String name() {
        return "resume_cronjob";
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
