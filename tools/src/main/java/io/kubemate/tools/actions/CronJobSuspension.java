package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.kubemate.tools.outcome.Reason;

import java.util.List;
import java.util.Map;

/** What suspend_cronjob and resume_cronjob share: they set {@code spec.suspend} to opposite values. */
final class CronJobSuspension {

    private final String action;
    private final boolean suspend;

    CronJobSuspension(String action, boolean suspend) {
        this.action = action;
        this.suspend = suspend;
    }

    ActionPlan planFor(KubernetesClient client, Map<String, Object> args) throws ActionRejected {
        String namespace = WorkloadTarget.text(args, action, "namespace");
        String name = WorkloadTarget.text(args, action, "name");
        CronJob cronJob = client.batch().v1().cronjobs().inNamespace(namespace).withName(name).get();
        if (cronJob == null) {
            throw new ActionRejected(Reason.of("objects.none-named-in-namespace", "CronJob", name, namespace));
        }
        boolean now = cronJob.getSpec() != null && Boolean.TRUE.equals(cronJob.getSpec().getSuspend());
        if (now == suspend) {
            throw new ActionRejected(Reason.of(now ? "cronjob.already-suspended" : "cronjob.already-active", namespace + "/" + name));
        }
        patch(client, namespace, name, true);
        return new ActionPlan(action, Map.of("namespace", namespace, "name", name), "suspend " + now + " → " + suspend
                + (suspend ? " (running jobs finish; no new runs)" : " (runs resume at the next scheduled time)"),
                "CronJob " + namespace + "/" + name)
                .withChecks(Map.of("suspend", now), List.of(AccessCheck.patch("batch", "cronjobs", namespace, name)));
    }

    String apply(KubernetesClient client, ActionPlan plan) {
        String namespace = (String) plan.args().get("namespace");
        String name = (String) plan.args().get("name");
        patch(client, namespace, name, false);
        return "CronJob " + namespace + "/" + name + (suspend ? " suspended" : " resumed");
    }

    private void patch(KubernetesClient client, String namespace, String name, boolean dryRun) {
        var resource = client.batch().v1().cronjobs().inNamespace(namespace).withName(name);
        (dryRun ? resource.dryRun() : resource).patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"suspend\":" + suspend + "}}");
    }
}
