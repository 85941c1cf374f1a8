package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.backup.ScheduleState;
import io.kubemate.tools.backup.VeleroBackup;
import io.kubemate.tools.backup.VeleroObjects;
import io.kubemate.tools.backup.VeleroSchedule;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.report.Ages;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Velero Schedules with no successful backup within twice their period, and those whose newest backup Failed or
 * PartiallyFailed. A namespace's inspection looks only at schedules that back up that namespace alone (a schedule
 * covering others belongs to whoever may read them all); a whole-cluster inspection at every schedule.
 */
@Singleton
public final class BackupInspection implements Inspection {

    @Override
    public String id() {
        return "backup";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        VeleroObjects velero;
        try {
            velero = scope.once("velero", VeleroObjects::read);
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403) {
                return List.of(); // the person may not read Velero's objects: nothing of theirs to judge
            }
            throw e;
        }
        List<Finding> findings = new ArrayList<>();
        for (ScheduleState state : ScheduleState.all(velero, scope.now())) {
            VeleroSchedule s = state.schedule();
            if (scope.namespace() == null || Set.of(scope.namespace()).containsAll(s.includedNamespaces()) && !s.includedNamespaces().isEmpty()) {
                findings.addAll(check(state));
            }
        }
        return findings;
    }

    private static List<Finding> check(ScheduleState state) {
        VeleroSchedule s = state.schedule();
        List<Finding> findings = new ArrayList<>();
        VeleroBackup last = state.last();
        if (state.lastFailed()) {
            boolean partly = VeleroBackup.PARTIALLY_FAILED.equals(last.phase());
            List<String> evidence = new ArrayList<>(List.of("backup " + last.name() + " phase " + last.phase(),
                    "errors " + last.errors() + ", warnings " + last.warnings()));
            if (last.failureReason() != null) {
                evidence.add("failureReason: " + last.failureReason());
            }
            Reason problem = partly ? Reason.of("finding.backup-partly-failed", last.name(), last.errors(), last.warnings())
                    : last.failureReason() == null ? Reason.of("finding.backup-failed", last.name())
                    : Reason.of("finding.backup-failed.reason", last.name(), last.failureReason());
            findings.add(finding(s, partly ? Severity.WARNING : Severity.CRITICAL, "backup-failed", problem, evidence)
                    .withFix("velero backup logs " + last.name() + flag(s)));
        }
        if (state.overdue()) {
            String period = Ages.of(state.period().orElseThrow());
            Reason problem = state.sinceSuccess().map(age -> Reason.of("finding.backup-overdue", state.lastSuccess().name(), Ages.of(age), period))
                    .orElse(Reason.of("finding.backup-overdue.never", period));
            List<String> evidence = new ArrayList<>(List.of("spec.schedule " + s.cron() + " (longest gap " + Ages.of(state.period().orElseThrow()) + ")"));
            if (state.lastSuccess() != null) {
                evidence.add("backup " + state.lastSuccess().name() + " completed " + state.lastSuccess().completed());
            }
            if (last != null && !last.succeeded()) {
                evidence.add("newest backup " + last.name() + " phase " + last.phase());
            }
            String fix = last == null ? "velero schedule describe " + s.name() + flag(s) : "velero backup describe " + last.name() + " --details" + flag(s);
            findings.add(finding(s, Severity.WARNING, "backup-overdue", problem, evidence).withFix(fix));
        }
        return findings;
    }

    private static Finding finding(VeleroSchedule s, Severity severity, String check, Reason problem, List<String> evidence) {
        return new Finding(severity, check, "Schedule", s.namespace(), s.name(), problem, evidence, RunbookIds.BACKUP);
    }

    /** The velero CLI looks in namespace velero unless told otherwise. */
    private static String flag(VeleroSchedule s) {
        return "velero".equals(s.namespace()) ? "" : " -n " + s.namespace();
    }
}
