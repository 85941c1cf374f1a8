package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Jobs that failed (backoff limit, deadline, pod failure policy), not those still retrying, and jobs left suspended. */
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
            JobFailure.of(scope, job).ifPresent(f -> findings.add(Finding.on(job, Severity.WARNING, "job-failed",
                    Reason.of("finding.job-failed", f.reason()), f.evidence(), null)));
            if (job.getSpec() != null && Boolean.TRUE.equals(job.getSpec().getSuspend())) {
                findings.add(Finding.on(job, Severity.INFO, "job-suspended", Reason.of("finding.suspended"), List.of("spec.suspend true"), null));
            }
            return findings;
        });
    }
}
