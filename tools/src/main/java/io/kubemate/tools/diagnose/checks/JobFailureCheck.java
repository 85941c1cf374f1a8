package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.JobState;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Objects;

/**
 * A Job (or the latest run of a CronJob) that failed: its {@code Failed} condition's reason (BackoffLimitExceeded,
 * DeadlineExceeded, …) and message, never the internal {@code FailureTarget}.
 */
@Singleton
public final class JobFailureCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        Verdict verdict = Verdict.none();
        for (HasMetadata controller : scene.controllers()) {
            if (!(controller instanceof Job job)) {
                continue;
            }
            String name = job.getMetadata().getName();
            var failed = JobState.failedCondition(job);
            if (failed.isPresent()) {
                String reason = Objects.toString(failed.get().getReason(), "Failed");
                String message = Objects.toString(failed.get().getMessage(), "");
                verdict = verdict.and(Verdict.of(Cause.of(CauseKind.JOB_FAILED, Cause.STATE + 10, List.of(name, reason, message),
                        List.of("Job " + name + ": Failed: " + reason + (message.isEmpty() ? "" : ": " + message),
                                "pods failed: " + (job.getStatus().getFailed() == null ? 0 : job.getStatus().getFailed())))));
            } else if (JobState.failed(job)) {
                verdict = verdict.and(Verdict.of(Cause.of(CauseKind.JOB_FAILED, Cause.STATE + 10,
                        List.of(name, "Failed", job.getStatus().getFailed() + " failed pods"), List.of())));
            } else {
                verdict = verdict.and(Verdict.fine(Fine.of("job-not-failed", name)));
            }
        }
        return verdict;
    }
}
