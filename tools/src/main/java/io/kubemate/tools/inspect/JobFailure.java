package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a Job has failed for good, as the job controller decides it: a {@code Failed} condition, or the
 * {@code FailureTarget} it sets first while the last pods terminate (reported as failed, never by that
 * internal name), more failed pods than {@code backoffLimit} allows, or the controller's event saying so. A
 * Job still within its retries has not failed.
 */
final class JobFailure {

    /** Kubernetes' default {@code spec.backoffLimit}. */
    static final int DEFAULT_BACKOFF_LIMIT = 6;
    private static final Set<String> FAILING_EVENTS = Set.of("BackoffLimitExceeded", "DeadlineExceeded");

    record Failure(String reason, List<String> evidence) {
    }

    private JobFailure() {
    }

    static Optional<Failure> of(InspectionScope scope, Job job) {
        List<JobCondition> conditions = job.getStatus() == null || job.getStatus().getConditions() == null
                ? List.of() : job.getStatus().getConditions();
        if (conditions.stream().anyMatch(c -> ("Complete".equals(c.getType()) || "SuccessCriteriaMet".equals(c.getType()))
                && "True".equals(c.getStatus()))) {
            return Optional.empty();
        }
        Optional<JobCondition> condition = conditions.stream().filter(c -> "Failed".equals(c.getType()) && "True".equals(c.getStatus()))
                .findFirst()
                .or(() -> conditions.stream().filter(c -> "FailureTarget".equals(c.getType()) && "True".equals(c.getStatus())).findFirst());
        if (condition.isPresent()) {
            return Optional.of(new Failure(condition.get().getReason(), List.of(String.valueOf(condition.get().getMessage()))));
        }
        int failed = job.getStatus() == null || job.getStatus().getFailed() == null ? 0 : job.getStatus().getFailed();
        int limit = job.getSpec() == null || job.getSpec().getBackoffLimit() == null ? DEFAULT_BACKOFF_LIMIT : job.getSpec().getBackoffLimit();
        if (failed > limit) {
            return Optional.of(new Failure("BackoffLimitExceeded", List.of(failed + " pods failed, backoffLimit " + limit)));
        }
        return scope.in(Event.class, job.getMetadata().getNamespace()).stream()
                .filter(e -> "Warning".equals(e.getType()) && FAILING_EVENTS.contains(e.getReason()) && e.getInvolvedObject() != null
                        && "Job".equals(e.getInvolvedObject().getKind()) && job.getMetadata().getName().equals(e.getInvolvedObject().getName())
                        && (e.getInvolvedObject().getUid() == null || job.getMetadata().getUid() == null
                        || e.getInvolvedObject().getUid().equals(job.getMetadata().getUid())))
                .findFirst()
                .map(e -> new Failure(e.getReason(), List.of("event " + e.getReason() + ": " + e.getMessage())));
    }
}
