package io.kubemate.tools.backup;

import io.kubemate.tools.inspect.CronSchedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One Schedule judged at {@code now}: its longest gap between runs (from its cron), its newest backup and newest
 * successful backup, and what that means. Overdue is "no successful backup within twice the period", as the
 * backup runbook's alert says.
 *
 * @param period     empty when the cron cannot be read
 * @param last       the newest backup of the schedule, or null when it has none
 * @param lastSuccess the newest Completed backup, or null
 */
public record ScheduleState(VeleroSchedule schedule, Optional<Duration> period, VeleroBackup last, VeleroBackup lastSuccess,
                            Instant now) {

    /** What a person should know first about a schedule, worst first. */
    public enum Verdict { FAILED, OVERDUE, PAUSED, IN_PROGRESS, OK }

    /** Every schedule of {@code velero}, judged at {@code now}. */
    public static List<ScheduleState> all(VeleroObjects velero, Instant now) {
        return velero.schedules().stream().map(s -> of(s, velero.backups(), now)).toList();
    }

    static ScheduleState of(VeleroSchedule schedule, List<VeleroBackup> backups, Instant now) {
        List<VeleroBackup> own = backups.stream().filter(b -> schedule.name().equals(b.schedule())
                && schedule.namespace().equals(b.namespace()) && b.when() != null).sorted(Comparator.comparing(VeleroBackup::when).reversed())
                .toList();
        return new ScheduleState(schedule, CronSchedule.period(schedule.cron()), own.isEmpty() ? null : own.getFirst(),
                own.stream().filter(VeleroBackup::succeeded).findFirst().orElse(null), now);
    }

    /** How long ago the last successful backup completed, empty when none did. */
    public Optional<Duration> sinceSuccess() {
        return Optional.ofNullable(lastSuccess).map(b -> Duration.between(b.when(), now));
    }

    /**
     * No successful backup within twice the schedule's period; a schedule that never succeeded counts once it is
     * older than that, so that a schedule created an hour ago is not overdue.
     */
    public boolean overdue() {
        if (schedule.paused() || period.isEmpty()) {
            return false;
        }
        Duration allowed = period.get().multipliedBy(2);
        return sinceSuccess().or(() -> Optional.ofNullable(schedule.created()).map(c -> Duration.between(c, now)))
                .map(age -> age.compareTo(allowed) > 0).orElse(true);
    }

    public boolean lastFailed() {
        return last != null && last.failed();
    }

    public Verdict verdict() {
        if (lastFailed()) {
            return Verdict.FAILED;
        }
        if (overdue()) {
            return Verdict.OVERDUE;
        }
        if (schedule.paused()) {
            return Verdict.PAUSED;
        }
        return last != null && !last.succeeded() ? Verdict.IN_PROGRESS : Verdict.OK;
    }
}
