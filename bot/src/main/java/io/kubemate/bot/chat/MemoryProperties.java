package io.kubemate.bot.chat;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.memory.*}: how much of each conversation is kept, so memory stays bounded however many people
 * talk and however long their messages and the answers are.
 *
 * @param maxTurns         turns kept per conversation (older ones are dropped)
 * @param ttl              how long an idle conversation is kept (in Redis and in memory)
 * @param maxTurnChars     characters kept of a question and of an answer in one turn; longer ones are cut
 * @param maxConversations conversations kept in memory without Redis; beyond it the least recently used is dropped
 */
@ConfigurationProperties("kubemate.memory")
public record MemoryProperties(@Bindable(defaultValue = "50") int maxTurns,
                               @Bindable(defaultValue = "24h") Duration ttl,
                               @Bindable(defaultValue = "8000") int maxTurnChars,
                               @Bindable(defaultValue = "10000") int maxConversations) {

    public MemoryProperties {
        if (maxTurns < 1 || maxTurnChars < 100 || maxConversations < 1) {
            throw new IllegalArgumentException("kubemate.memory: max-turns and max-conversations must be at least 1 and "
                    + "max-turn-chars at least 100 (were " + maxTurns + ", " + maxConversations + ", " + maxTurnChars + ")");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("kubemate.memory.ttl must be positive");
        }
    }
}
