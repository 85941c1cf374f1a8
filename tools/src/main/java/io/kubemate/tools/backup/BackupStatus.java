package io.kubemate.tools.backup;

import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@code backups}: each Schedule the person may see, worst first, with its last successful backup and
 * its age against the schedule's period, and its newest backup's phase, counts and failure reason; then recent
 * restores. {@link #markdown()} is the compact English form; the bot words it in the asker's language.
 *
 * @param target what was asked about (a namespace or a Schedule), or null for every schedule
 */
public record BackupStatus(String target, List<ScheduleState> schedules, List<VeleroRestore> restores) implements Reportable {

    public BackupStatus {
        schedules = List.copyOf(schedules);
        restores = List.copyOf(restores);
    }

    @Override
    public String markdown() {
        MarkdownTable table = new MarkdownTable("SCHEDULE", "COVERS", "CRON", "LAST SUCCESS", "LAST BACKUP", "ERRORS", "WARNINGS", "VERDICT");
        for (ScheduleState s : schedules) {
            table.row(s.schedule().namespace() + "/" + s.schedule().name(), VeleroCoverage.label(s.schedule().includedNamespaces()),
                    String.valueOf(s.schedule().cron()), lastSuccess(s), s.last() == null ? "none" : s.last().name() + " " + s.last().phase()
                            + (s.last().failureReason() == null ? "" : " (" + s.last().failureReason() + ")"),
                    s.last() == null ? "-" : String.valueOf(s.last().errors()), s.last() == null ? "-" : String.valueOf(s.last().warnings()),
                    s.verdict().name().toLowerCase());
        }
        String text = "**Velero backups" + (target == null ? "" : " of `" + target + "`") + "**\n\n" + table.render();
        if (restores.isEmpty()) {
            return text;
        }
        MarkdownTable recent = new MarkdownTable("RESTORE", "FROM BACKUP", "PHASE", "ERRORS", "WARNINGS", "COMPLETED");
        restores.forEach(r -> recent.row(r.namespace() + "/" + r.name(), String.valueOf(r.backup()), String.valueOf(r.phase()),
                String.valueOf(r.errors()), String.valueOf(r.warnings()), String.valueOf(r.completed())));
        return text + "\n\n**Recent restores**\n\n" + recent.render();
    }

    private static String lastSuccess(ScheduleState s) {
        if (s.lastSuccess() == null) {
            return "never";
        }
        return s.lastSuccess().name() + ", " + Ages.of(s.sinceSuccess().orElseThrow()) + " ago"
                + s.period().map(p -> " (period " + Ages.of(p) + ")").orElse("");
    }

    /** The status fields of each newest backup, as Velero reports them. */
    @Override
    public List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>();
        for (ScheduleState s : schedules) {
            if (s.last() != null) {
                VeleroBackup b = s.last();
                List<String> lines = new ArrayList<>(List.of("phase: " + b.phase(), "startTimestamp: " + b.started(),
                        "completionTimestamp: " + b.completed(), "errors: " + b.errors(), "warnings: " + b.warnings()));
                if (b.failureReason() != null) {
                    lines.add("failureReason: " + b.failureReason());
                }
                evidence.add(new Evidence("Backup " + b.namespace() + "/" + b.name(), "velero.io/v1", lines));
            }
        }
        return evidence;
    }
}
