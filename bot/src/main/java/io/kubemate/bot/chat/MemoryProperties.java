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
 * @param maxStoredChars   characters of all conversations kept in memory without Redis (up to twice as many bytes
 *                         of heap); beyond it the least recently used conversations are dropped
 */
@ConfigurationProperties("kubemate.memory")
public record MemoryProperties(@Bindable(defaultValue = "50") int maxTurns,
                               @Bindable(defaultValue = "24h") Duration ttl,
                               @Bindable(defaultValue = "8000") int maxTurnChars,
                               @Bindable(defaultValue = "10000") int maxConversations,
                               @Bindable(defaultValue = "4000000") long maxStoredChars) {

    public MemoryProperties {
        if (maxTurns < 1 || maxTurnChars < 100 || maxConversations < 1 || maxStoredChars < maxTurnChars) {
            throw new IllegalArgumentException("kubemate.memory: max-turns and max-conversations must be at least 1, "
                    + "max-turn-chars at least 100 and max-stored-chars at least max-turn-chars (were " + maxTurns + ", "
                    + maxConversations + ", " + maxTurnChars + ", " + maxStoredChars + ")");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("kubemate.memory.ttl must be positive");
        }
    }
}
