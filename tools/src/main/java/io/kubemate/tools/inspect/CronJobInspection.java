package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** CronJobs that are suspended, have a schedule the controller cannot parse, or whose last run failed. */
@Singleton
public final class CronJobInspection implements Inspection {

    @Override
    public String id() {
        return "cronjob";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(CronJob.class), cj -> check(scope, cj));
    }

    private List<Finding> check(InspectionScope scope, CronJob cj) {
        List<Finding> findings = new ArrayList<>();
        if (Boolean.TRUE.equals(cj.getSpec().getSuspend())) {
            findings.add(Finding.on(cj, Severity.INFO, "cronjob-suspended", Reason.of("finding.suspended"), List.of("spec.suspend true"), null));
        }
        Long deadline = cj.getSpec().getStartingDeadlineSeconds();
        if (deadline != null && deadline < 0) {
            findings.add(Finding.on(cj, Severity.WARNING, "cronjob-deadline", Reason.of("finding.cronjob-deadline", deadline),
                    List.of("spec.startingDeadlineSeconds " + deadline), null));
        }
        String problem = CronSchedule.problem(cj.getSpec().getSchedule());
        if (problem != null) {
            findings.add(Finding.on(cj, Severity.CRITICAL, "cronjob-schedule",
                    Reason.of("finding.cronjob-schedule", cj.getSpec().getSchedule(), problem),
                    List.of("spec.schedule " + cj.getSpec().getSchedule()), null));
        }
        scope.in(Job.class, cj.getMetadata().getNamespace()).stream()
                .filter(job -> job.getMetadata().getOwnerReferences() != null && job.getMetadata().getOwnerReferences().stream()
                        .anyMatch(o -> "CronJob".equals(o.getKind()) && cj.getMetadata().getName().equals(o.getName())))
                .max(Comparator.comparing(job -> String.valueOf(job.getMetadata().getCreationTimestamp())))
                .filter(job -> JobFailure.of(scope, job).isPresent())
                .ifPresent(job -> findings.add(Finding.on(cj, Severity.WARNING, "cronjob-last-run",
                        Reason.of("finding.cronjob-last-run", job.getMetadata().getName()), List.of("job " + job.getMetadata().getName()
                                + " failed at " + job.getMetadata().getCreationTimestamp()), null)));
        return findings;
    }
}
