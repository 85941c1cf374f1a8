package io.kubemate.bot.audit;

import java.util.Optional;

/** Where a sink keeps its signed checkpoint: away from the records themselves. */
public interface CheckpointStore {

    void save(String checkpoint);

    /** The stored text, as stored (it may have been tampered with). */
    Optional<String> load();

    String describe();
}
