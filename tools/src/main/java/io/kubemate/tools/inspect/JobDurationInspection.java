package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Jobs of a CronJob still running far longer than its usual run: more than {@value #TIMES_USUAL} times the median
 * of the successful runs it keeps (at least {@value #MIN_HISTORY}) and at least 10 minutes over. A stuck batch
 * (a lock, a slow database) shows here before its deadline or the next schedule does.
 */
@Singleton
public final class JobDurationInspection implements Inspection {

    static final int TIMES_USUAL = 3;
    static final int MIN_HISTORY = 2;
    static final Duration MIN_EXCESS = Duration.ofMinutes(10);

    @Override
    public String id() {
        return "job-duration";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        Map<String, List<Job>> byCronJob = scope.list(Job.class).stream().filter(j -> cronJob(j).isPresent())
                .collect(Collectors.groupingBy(j -> j.getMetadata().getNamespace() + "/" + cronJob(j).orElseThrow().getName()));
        return byCronJob.values().stream().flatMap(jobs -> {
            List<Duration> usual = jobs.stream().map(JobDurationInspection::succeededIn).flatMap(Optional::stream).sorted().toList();
            if (usual.size() < MIN_HISTORY) {
                return Stream.<Finding>empty();
            }
            Duration median = usual.get(usual.size() / 2);
            return PerObject.check(id(), jobs.stream().filter(JobDurationInspection::running).toList(), job -> {
                Duration elapsed = Duration.between(Instant.parse(job.getStatus().getStartTime()), scope.now());
                if (elapsed.compareTo(median.multipliedBy(TIMES_USUAL)) <= 0 || elapsed.minus(median).compareTo(MIN_EXCESS) < 0) {
                    return List.of();
                }
                String cronJob = cronJob(job).orElseThrow().getName();
                return List.of(Finding.on(job, Severity.WARNING, "job-running-long",
                        Reason.of("finding.job-running-long", human(elapsed), String.format(Locale.ROOT, "%.1f",
                                (double) elapsed.toSeconds() / Math.max(1, median.toSeconds())), human(median), cronJob),
                        List.of("started " + job.getStatus().getStartTime(), "successful runs took "
                                + usual.stream().map(JobDurationInspection::human).toList()), null)
                        .withFix("kubectl -n " + job.getMetadata().getNamespace() + " logs job/" + job.getMetadata().getName() + " --tail=50"));
            }).stream();
        }).toList();
    }

    private static Optional<OwnerReference> cronJob(Job job) {
        return job.getMetadata().getOwnerReferences() == null ? Optional.empty()
                : job.getMetadata().getOwnerReferences().stream().filter(o -> "CronJob".equals(o.getKind())).findFirst();
    }

    private static Optional<Duration> succeededIn(Job job) {
        var status = job.getStatus();
        boolean complete = status != null && status.getConditions() != null && status.getConditions().stream()
                .anyMatch(c -> "Complete".equals(c.getType()) && "True".equals(c.getStatus()));
        if (!complete || status.getStartTime() == null || status.getCompletionTime() == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(Instant.parse(status.getStartTime()), Instant.parse(status.getCompletionTime())));
    }

    private static boolean running(Job job) {
        var status = job.getStatus();
        return status != null && status.getStartTime() != null && status.getCompletionTime() == null
                && status.getActive() != null && status.getActive() > 0
                && (status.getConditions() == null || status.getConditions().stream().noneMatch(c -> "True".equals(c.getStatus())
                && ("Complete".equals(c.getType()) || "Failed".equals(c.getType()) || "FailureTarget".equals(c.getType()))));
    }

    private static String human(Duration d) {
        return d.toHours() > 0 ? d.toHours() + "h" + String.format(Locale.ROOT, "%02dm", d.toMinutesPart()) : d.toMinutes() + "m" + String.format(Locale.ROOT, "%02ds", d.toSecondsPart());
    }
}
