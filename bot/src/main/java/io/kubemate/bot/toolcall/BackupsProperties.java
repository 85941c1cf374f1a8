package io.kubemate.bot.toolcall;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.backups.*}: where the backups are written, for the {@code backups} answer.
 *
 * @param minioUrl     the MinIO endpoint Velero writes to (e.g. {@code http://minio.minio:9000}); unset: not asked
 * @param minioTimeout how long each MinIO health probe may take
 */
@ConfigurationProperties("kubemate.backups")
public record BackupsProperties(@Nullable String minioUrl, @Bindable(defaultValue = "5s") Duration minioTimeout) {
}
