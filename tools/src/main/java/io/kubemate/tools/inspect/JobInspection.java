package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Jobs that failed (backoff limit, deadline) and jobs left suspended. */
@Singleton
public final class JobInspection implements Inspection {

    @Override
    public String id() {
        return "job";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(Job.class), job -> {
            List<Finding> findings = new ArrayList<>();
            if (job.getStatus() != null && job.getStatus().getConditions() != null) {
                job.getStatus().getConditions().stream()
                        .filter(c -> "Failed".equals(c.getType()) && "True".equals(c.getStatus()))
                        .findFirst()
                        .ifPresent(c -> findings.add(Finding.on(job, Severity.WARNING, "job-failed",
                                "failed (" + c.getReason() + ")", List.of(String.valueOf(c.getMessage())), null)));
            }
            if (job.getSpec() != null && Boolean.TRUE.equals(job.getSpec().getSuspend())) {
                findings.add(Finding.on(job, Severity.INFO, "job-suspended", "is suspended", List.of("spec.suspend true"), null));
            }
            return findings;
        });
    }
}
