package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.tools.backup.BackupStatus;
import io.kubemate.tools.backup.MinioHealth;
import io.kubemate.tools.backup.ScheduleState;
import io.kubemate.tools.backup.VeleroBackup;
import io.kubemate.tools.backup.VeleroCoverage;
import io.kubemate.tools.backup.VeleroRestore;
import io.kubemate.tools.inspect.RunbookIds;
import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Evidence;

import java.util.List;
import java.util.Locale;

/**
 * The {@code backups} result worded in the asker's language: one line per Schedule, worst first, with its verdict,
 * its last successful backup (name, completion time, age against the schedule's period) and its newest backup's
 * phase, counts and failure reason; recent restores; the backup runbook when something is wrong. Facts from the
 * cluster are shown as code.
 */
record BackupAnswer(BackupStatus status, Messages messages, MinioHealth.Check minio) implements LocalizedReport {

    BackupAnswer(BackupStatus status, Messages messages) {
        this(status, messages, null);
    }

    @Override
    public String markdown(Language language) {
        StringBuilder out = new StringBuilder("**").append(status.target() == null ? messages.get(language, "backups.title")
                : messages.get(language, "backups.title.of", status.target())).append("**\n\n");
        for (ScheduleState s : status.schedules()) {
            out.append("- ").append(schedule(language, s)).append('\n');
        }
        if (!status.restores().isEmpty()) {
            out.append('\n').append(messages.get(language, "backups.restores")).append('\n');
            for (VeleroRestore r : status.restores()) {
                out.append("- ").append(messages.get(language, "backups.restore", code(r.name()), code(r.backup()), code(r.phase()),
                        r.errors(), r.warnings(), code(String.valueOf(r.completed())))).append('\n');
            }
        }
        if (status.schedules().stream().anyMatch(s -> s.verdict() == ScheduleState.Verdict.FAILED || s.verdict() == ScheduleState.Verdict.OVERDUE)) {
            out.append('\n').append(messages.get(language, "backups.runbook", RunbookIds.BACKUP)).append('\n');
        }
        if (minio != null) {
            out.append('\n').append(messages.get(language, "backups.minio." + minio.state().name().toLowerCase(Locale.ROOT),
                    code(minio.url()), code(minio.detail()))).append('\n');
        }
        return out.toString();
    }

    private String schedule(Language language, ScheduleState s) {
        String head = messages.get(language, "backups.schedule", code(s.schedule().namespace() + "/" + s.schedule().name()),
                VeleroCoverage.label(s.schedule().includedNamespaces()), code(String.valueOf(s.schedule().cron())),
                s.period().map(Ages::of).orElse("?"), messages.get(language, "backups.verdict." + s.verdict().name().toLowerCase(Locale.ROOT)));
        String success = s.lastSuccess() == null ? messages.get(language, "backups.never")
                : messages.get(language, "backups.success", code(s.lastSuccess().name()), code(String.valueOf(s.lastSuccess().completed())),
                Ages.of(s.sinceSuccess().orElseThrow()));
        String gap = gap(language);
        return head + gap + success + (s.last() == null || s.last() == s.lastSuccess() ? "" : gap + newest(language, s.last()));
    }

    private String newest(Language language, VeleroBackup b) {
        String text = messages.get(language, "backups.newest", code(b.name()), code(String.valueOf(b.phase())), b.errors(), b.warnings());
        return b.failureReason() == null ? text : text + gap(language) + messages.get(language, "backups.reason", code(b.failureReason()));
    }

    /** Sentences follow each other with a space in English, directly after a full stop in Chinese. */
    private static String gap(Language language) {
        return language == Language.ZH ? "" : " ";
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    @Override
    public String markdown() {
        return status.markdown();
    }

    @Override
    public List<Evidence> evidence() {
        return status.evidence();
    }
}
