package io.kubemate.connectors.core;

/** Something a person did in a chat platform: wrote a message or clicked a button. */
public sealed interface Inbound permits InboundMessage, InboundAction {

    String platform();

    String workspace();

    String channel();

    /** The thread the reply belongs in; null when the platform or the message has none. */
    String thread();

    String user();

    /** The platform's id of this delivery, the key for de-duplicating redeliveries. */
    String eventId();

    /** {@code platform:workspace:channel:thread}, the conversation the bot keeps per thread. */
    default String conversation() {
        return platform() + ":" + workspace() + ":" + channel() + ":" + (thread() == null ? "-" : thread());
    }

    /** The chat user id the bot resolves to a person: {@code platform:user}. */
    default String chatUser() {
        return platform() + ":" + user();
    }
}
