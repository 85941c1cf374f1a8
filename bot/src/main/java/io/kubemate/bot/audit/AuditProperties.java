package io.kubemate.bot.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code kubemate.audit.*}: where audit records go. With Redis configured they also go to the Redis stream
 * {@code <key-prefix>audit}, shared by replicas.
 *
 * @param file the JSON-lines file; empty to write only to Redis
 */
@ConfigurationProperties("kubemate.audit")
public record AuditProperties(@Bindable(defaultValue = "data/audit.jsonl") String file) {
}
