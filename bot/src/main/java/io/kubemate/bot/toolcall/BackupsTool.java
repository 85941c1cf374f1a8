package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Messages;
import io.kubemate.tools.backup.BackupReader;
import io.kubemate.tools.backup.BackupStatus;
import io.kubemate.tools.backup.MinioHealth;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.http.HttpClient;

/** {@code backups}: Velero schedules with their last successful backup, its age against the schedule, and failures. */
@Singleton
final class BackupsTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("backups")
            .describe("Velero backups: per Schedule the last successful backup and its age against the schedule, the newest backup's "
                            + "phase, errors, warnings and failure reason; of a namespace, of one Schedule, or all.",
                    "Velero 备份：每个 Schedule 最近一次成功备份及其距今时间与调度周期的比较，最新备份的状态、错误数、警告数和失败原因；"
                            + "可按命名空间、Schedule 或全部查看。")
            .string("target", "a namespace whose backups to show, or a Velero Schedule's name; empty for all",
                    "要查看备份的命名空间，或 Velero Schedule 的名称；为空则查看全部")
            .commands("backups", "backup").positions("target").target(TargetKind.NAMESPACE)
            .build();

    private final BackupReader reader;
    private final Messages messages;
    private final MinioHealth minio;

    BackupsTool(BackupReader reader, Messages messages, BackupsProperties properties) {
        this.reader = reader;
        this.messages = messages;
        this.minio = properties.minioUrl() == null || properties.minioUrl().isBlank() ? null
                : new MinioHealth(URI.create(properties.minioUrl().trim()), properties.minioTimeout(), HttpClient.newHttpClient());
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        String target = args.string("target") != null ? args.string("target") : args.string("namespace");
        Outcome<BackupStatus> outcome = reader.status(caller.subject(), caller, target);
        return outcome instanceof Outcome.Ok<BackupStatus> ok
                ? Outcome.ok(new BackupAnswer(ok.value(), messages, minio == null ? null : minio.check())) : outcome;
    }
}
