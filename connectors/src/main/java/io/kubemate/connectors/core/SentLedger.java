package io.kubemate.connectors.core;

import java.util.Optional;

/**
 * Idempotency for outbound posts: the message a send key produced. A sender consults it before posting, so a
 * send retried with the same key (after a crash, a redelivery, a timeout) returns the earlier message instead of
 * posting twice. The bot implements it over its shared state store.
 */
public interface SentLedger {

    Optional<String> find(String idempotencyKey);

    void record(String idempotencyKey, String messageRef);
}
