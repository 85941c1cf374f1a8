package io.kubemate.bot.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.audit.*}: where audit records go and the key that seals them. With Redis configured they also go
 * to the Redis stream {@code <key-prefix>audit}, shared by replicas.
 *
 * @param file    the JSON-lines file; empty to write only to Redis
 * @param keyFile a file holding the audit key (a mounted Secret), at least 32 bytes
 * @param key     the audit key itself (e.g. from an environment variable fed by a Secret), when no file is given
 * @param checkpointInterval how often each sink's signed checkpoint goes to the bot's log
 */
@ConfigurationProperties("kubemate.audit")
public record AuditProperties(@Bindable(defaultValue = "data/audit.jsonl") String file, @Nullable String keyFile,
                              @Nullable String key, @Bindable(defaultValue = "15m") Duration checkpointInterval) {

    public boolean keyConfigured() {
        return keyFile != null && !keyFile.isBlank() || key != null && !key.isBlank();
    }
}
