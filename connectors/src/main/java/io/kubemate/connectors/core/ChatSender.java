package io.kubemate.connectors.core;

/**
 * Sends rendered messages to one workspace of one platform: rate-limited per channel, retried when the platform
 * says "too many requests" (after its Retry-After), and idempotent per key through a {@link SentLedger}.
 */
public interface ChatSender {

    /** Posts {@code message} to {@code channel}, in {@code thread} when not null; a repeated key posts nothing new. */
    SentMessage post(String channel, String thread, OutboundMessage message, String idempotencyKey) throws SendException;

    /** Whether {@link OutboundMessage#attachments()} reach the channel as files; platforms without uploads leave them out. */
    default boolean uploadsFiles() {
        return false;
    }

    /** Replaces a message posted before, on platforms that can edit; parts beyond the earlier ones are dropped. */
    void update(SentMessage sent, OutboundMessage message) throws SendException;
}
