package io.kubemate.bot.chat;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.memory.*}: how much of each conversation is kept.
 *
 * @param maxTurns turns kept per conversation (older ones are dropped)
 * @param ttl      how long an idle conversation is kept
 */
@ConfigurationProperties("kubemate.memory")
public record MemoryProperties(@Bindable(defaultValue = "50") int maxTurns,
                               @Bindable(defaultValue = "24h") Duration ttl) {
}
