package io.kubemate.bot.state;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Shared state of the bot: conversation memories, de-duplication keys, proposals and guided runbook runs. Redis
 * in production so replicas share it; in memory for a single instance.
 */
public interface StateStore extends AutoCloseable {

    void put(String key, String value, Duration ttl);

    /** Stores the value only if the key is absent; true when this call stored it. */
    boolean putIfAbsent(String key, String value, Duration ttl);

    Optional<String> get(String key);

    /** Reads and deletes in one atomic step: of several concurrent callers exactly one gets the value. */
    Optional<String> take(String key);

    void delete(String key);

    /** Appends to a list, keeps only its newest {@code maxItems} and refreshes its time to live. */
    void append(String key, String value, int maxItems, Duration ttl);

    /** The list at {@code key}, oldest first; empty when absent. */
    List<String> list(String key);

    /** Says where state lives, for the start-up log and the console. */
    String describe();

    /** Releases connections; nothing to release for in-memory state. */
    @Override
    default void close() {
    }
}
