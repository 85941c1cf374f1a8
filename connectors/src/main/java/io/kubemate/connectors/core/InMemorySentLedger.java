package io.kubemate.connectors.core;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A ledger for one process (tests, the single-instance bot). It grows with every send; the bot uses its state store. */
public final class InMemorySentLedger implements SentLedger {

    private final Map<String, String> sent = new ConcurrentHashMap<>();

    @Override
    public Optional<String> find(String idempotencyKey) {
        return Optional.ofNullable(sent.get(idempotencyKey));
    }

    @Override
    public void record(String idempotencyKey, String messageRef) {
        sent.put(idempotencyKey, messageRef);
    }
}
