package io.kubemate.tools.diagnose;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;

import java.util.Optional;

/** A Job's outcome as people read it: the {@code Failed} or {@code Complete} condition, never the internal {@code FailureTarget}. */
public final class JobState {

    private JobState() {
    }

    public static Optional<JobCondition> failedCondition(Job job) {
        if (job.getStatus() == null || job.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return job.getStatus().getConditions().stream()
                .filter(c -> "Failed".equals(c.getType()) && "True".equals(c.getStatus())).findFirst();
    }

    public static boolean failed(Job job) {
        return failedCondition(job).isPresent()
                || (job.getStatus() != null && job.getStatus().getFailed() != null && job.getStatus().getFailed() > 0
                && (job.getStatus().getSucceeded() == null || job.getStatus().getSucceeded() == 0)
                && (job.getStatus().getActive() == null || job.getStatus().getActive() == 0));
    }
}
