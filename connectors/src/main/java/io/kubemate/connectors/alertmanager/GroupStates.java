package io.kubemate.connectors.alertmanager;

import java.util.Optional;

/**
 * What was last shown for an alert group in a channel: a digest of its state and the message showing it. The bot
 * keeps it in its shared state store (with a time to live) so a restart or another replica updates, not re-posts.
 */
public interface GroupStates {

    /** The last shown state. */
    record Shown(String digest, String message) {
    }

    Optional<Shown> get(String key);

    void put(String key, Shown shown);
}
