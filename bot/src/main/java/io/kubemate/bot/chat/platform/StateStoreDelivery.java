package io.kubemate.bot.chat.platform;

import io.kubemate.bot.state.StateStore;
import io.kubemate.connectors.alertmanager.GroupStates;
import io.kubemate.connectors.core.DeliveryDeduplicator;
import io.kubemate.connectors.core.SentLedger;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * The connectors' memory in the shared state store, so replicas agree: delivered event ids ({@code SET NX} with a
 * time to live longer than any platform retries), the messages each send key produced, and what each alert group
 * last showed.
 */
@Singleton
public final class StateStoreDelivery implements DeliveryDeduplicator, SentLedger, GroupStates {

    static final Duration DEDUP_TTL = Duration.ofHours(1);
    static final Duration SENT_TTL = Duration.ofDays(1);
    static final Duration GROUP_TTL = Duration.ofDays(7);

    private final StateStore store;

    public StateStoreDelivery(StateStore store) {
        this.store = store;
    }

    @Override
    public boolean firstDelivery(String platform, String eventId) {
        return store.putIfAbsent("hook:seen:" + platform + ":" + eventId, "1", DEDUP_TTL);
    }

    @Override
    public Optional<String> find(String idempotencyKey) {
        return store.get("hook:sent:" + idempotencyKey);
    }

    @Override
    public void record(String idempotencyKey, String messageRef) {
        store.put("hook:sent:" + idempotencyKey, messageRef, SENT_TTL);
    }

    @Override
    public Optional<Shown> get(String key) {
        return store.get("hook:alertgroup:" + key).map(value -> {
            int bar = value.indexOf('\n');
            return new Shown(value.substring(0, bar), value.substring(bar + 1));
        });
    }

    @Override
    public void put(String key, Shown shown) {
        store.put("hook:alertgroup:" + key, shown.digest() + "\n" + shown.message(), GROUP_TTL);
    }
}
