package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.tools.backup.BackupReader;
import io.kubemate.tools.backup.BackupStatus;
import io.kubemate.tools.backup.MinioHealth;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backups answer worded from the eval scenarios' Velero objects, in English and Chinese. */
class BackupAnswerTest {

    private static final Path SCENARIOS = Path.of("../evals/scenarios");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T14:00:00Z"), ZoneOffset.UTC);

    private static String answer(String scenario, String target, Language language) throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(SCENARIOS.resolve(scenario).resolve("cluster"), null)) {
            Outcome<BackupStatus> outcome = new BackupReader(cluster, new Redactor(), CLOCK).status(Subject.ownCredentials(), ReadAccess.ALL, target);
            BackupStatus status = (BackupStatus) assertInstanceOf(Outcome.Ok.class, outcome, outcome.toString()).value();
            return new BackupAnswer(status, new Messages()).markdown(language);
        }
    }

    @Test
    void an_overdue_schedule_names_its_last_success_its_age_and_the_runbook() throws Exception {
        String text = answer("backup-schedule-overdue-loans", "loans", Language.EN);
        assertTrue(text.contains("**overdue, no successful backup within twice the period**"), text);
        assertTrue(text.contains("Last successful backup `loans-12h-20261128000000`, completed `2026-11-28T00:09:41Z` (5d ago)"), text);
        assertTrue(text.contains("at most 12h between runs"), text);
        assertTrue(text.contains("Runbook: `backup-restore`"), text);
        assertFalse(text.contains("cards-daily"), "another namespace's schedule: " + text);
    }

    @Test
    void a_partially_failed_backup_is_worded_in_chinese_with_its_counts() throws Exception {
        String text = answer("backup-partially-failed-cards", "cards", Language.ZH);
        assertTrue(text.contains("**最新一次备份失败或部分失败**"), text);
        assertTrue(text.contains("最新备份 `cards-daily-20261203010000`：`PartiallyFailed`，错误 2 个，警告 7 个。"), text);
        assertTrue(text.contains("最近一次成功备份 `cards-daily-20261202010000`"), text);
        assertTrue(text.contains("运行手册：`backup-restore`"), text);
    }

    @Test
    void healthy_schedules_need_no_runbook() throws Exception {
        String text = answer("backup-partially-failed-cards", "payments", Language.EN);
        assertTrue(text.contains("**on time**"), text);
        assertFalse(text.contains("Runbook"), text);
    }

    @Test
    void the_backup_target_s_health_is_said_when_minio_is_configured() throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(SCENARIOS.resolve("backup-partially-failed-cards").resolve("cluster"), null)) {
            BackupStatus status = (BackupStatus) ((Outcome.Ok<?>) new BackupReader(cluster, new Redactor(), CLOCK)
                    .status(Subject.ownCredentials(), ReadAccess.ALL, "cards")).value();
            MinioHealth.Check noQuorum = new MinioHealth.Check("http://minio.minio:9000/", MinioHealth.State.NO_WRITE_QUORUM,
                    "/minio/health/cluster answered HTTP 503");
            String zh = new BackupAnswer(status, new Messages(), noQuorum).markdown(Language.ZH);
            assertTrue(zh.contains("备份目标 MinIO `http://minio.minio:9000/`：**没有写入仲裁**"), zh);
            assertFalse(new BackupAnswer(status, new Messages()).markdown(Language.EN).contains("MinIO"));
        }
    }
}
