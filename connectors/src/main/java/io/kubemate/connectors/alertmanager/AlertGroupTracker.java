package io.kubemate.connectors.alertmanager;

import io.kubemate.connectors.core.SendException;
import io.kubemate.connectors.core.SentMessage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Turns deliveries of an alert group into one message per channel: post it the first time, update it in place
 * when the group's state (status, and each alert's fingerprint and status) changed, and do nothing for a
 * redelivery of a state already shown. Deliveries of one group are handled one at a time, so concurrent
 * redeliveries cannot both post.
 */
public final class AlertGroupTracker {

    /** What a delivery led to. */
    public enum Decision {
        POSTED, UPDATED, UNCHANGED
    }

    /** Posting and updating, supplied by the caller for the target channel. */
    public interface Delivery {
        SentMessage post(String idempotencyKey) throws SendException;

        void update(SentMessage message) throws SendException;
    }

    private static final int STRIPES = 64;

    private final GroupStates states;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public AlertGroupTracker(GroupStates states) {
        this.states = states;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    public Decision deliver(AlertmanagerPayload payload, String channel, Delivery delivery) throws SendException {
        String key = sha256(payload.groupKey() + "\n" + channel);
        String digest = digest(payload);
        ReentrantLock lock = locks[Math.floorMod(key.hashCode(), STRIPES)];
        lock.lock();
        try {
            var shown = states.get(key);
            if (shown.isPresent() && shown.get().digest().equals(digest)) {
                return Decision.UNCHANGED;
            }
            if (shown.isPresent()) {
                SentMessage message = SentMessage.decode(shown.get().message());
                delivery.update(message);
                states.put(key, new GroupStates.Shown(digest, shown.get().message()));
                return Decision.UPDATED;
            }
            SentMessage message = delivery.post("alert:" + key);
            states.put(key, new GroupStates.Shown(digest, message.encode()));
            return Decision.POSTED;
        } finally {
            lock.unlock();
        }
    }

    static String digest(AlertmanagerPayload payload) {
        StringBuilder state = new StringBuilder(payload.status()).append('|').append(payload.truncatedAlerts());
        payload.alerts().stream().map(a -> a.fingerprint() + "=" + a.status()).sorted().forEach(s -> state.append('|').append(s));
        return sha256(state.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
