package io.kubemate.tools.backup;

import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.KubeCall;
import io.kubemate.tools.kube.KubeNames;
import io.kubemate.tools.kube.ReadPermissions;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * {@code backups}: Velero's Schedules with their last successful backup and newest backup, read as the person, of a
 * namespace, of one Schedule, or all. A Schedule, Backup or Restore is shown only to a person who may read
 * ({@code workloads.read}) every namespace it covers ({@link VeleroCoverage}).
 */
@Singleton
public final class BackupReader {

    static final int RESTORES = 5;

    private final ClusterAccess cluster;
    private final Redactor redactor;
    private final Clock clock;

    public BackupReader(ClusterAccess cluster, Redactor redactor, Clock clock) {
        this.cluster = cluster;
        this.redactor = redactor;
        this.clock = clock;
    }

    /** @param target a namespace whose backups to show, or a Schedule's name; null for every schedule */
    public Outcome<BackupStatus> status(Subject subject, ReadAccess access, String target) {
        return KubeCall.run("read the Velero backups", target == null ? KubeNames.of() : KubeNames.of("name", target),
                () -> read(subject, access.scope(ReadPermissions.WORKLOADS), target));
    }

    private Outcome<BackupStatus> read(Subject subject, NamespaceScope scope, String target) {
        VeleroObjects velero = cluster.as(subject, VeleroObjects::read);
        if (velero.schedules().isEmpty() && velero.backups().isEmpty()) {
            return Outcome.noData(Reason.of("backups.none-visible"));
        }
        Instant now = clock.instant();
        List<VeleroBackup> backups = velero.backups().stream().filter(b -> VeleroCoverage.visible(b.includedNamespaces(), scope))
                .map(this::redacted).toList();
        List<VeleroSchedule> visible = velero.schedules().stream().filter(s -> VeleroCoverage.visible(s.includedNamespaces(), scope)).toList();
        boolean namedSchedule = visible.stream().anyMatch(s -> s.name().equals(target));
        List<ScheduleState> schedules = visible.stream()
                .filter(s -> target == null || (namedSchedule ? s.name().equals(target) : VeleroCoverage.covers(s.includedNamespaces(), target)))
                .map(s -> ScheduleState.of(s, backups, now))
                .sorted(Comparator.comparing((ScheduleState s) -> s.verdict()).thenComparing(s -> s.schedule().name()))
                .toList();
        if (target != null && !namedSchedule && !scope.allows(target)) {
            return Outcome.forbidden(Reason.of("grant.missing", ReadPermissions.WORKLOADS, target));
        }
        if (schedules.isEmpty()) {
            return Outcome.noData(target == null ? Reason.of("backups.no-schedule")
                    : Reason.of("backups.no-schedule-for", target));
        }
        List<VeleroRestore> restores = velero.restores().stream().filter(r -> VeleroCoverage.visible(r.includedNamespaces(), scope))
                .filter(r -> target == null || (namedSchedule ? backups.stream().anyMatch(b -> b.name().equals(r.backup())
                        && target.equals(b.schedule())) : VeleroCoverage.covers(r.includedNamespaces(), target)))
                .filter(r -> r.completed() != null).sorted(Comparator.comparing(VeleroRestore::completed).reversed()).limit(RESTORES).toList();
        return Outcome.ok(new BackupStatus(target, schedules, restores));
    }

    private VeleroBackup redacted(VeleroBackup b) {
        return b.failureReason() == null ? b : new VeleroBackup(b.namespace(), b.name(), b.schedule(), b.includedNamespaces(), b.phase(),
                b.started(), b.completed(), b.errors(), b.warnings(), redactor.redact(b.failureReason()), b.expiration());
    }
}
