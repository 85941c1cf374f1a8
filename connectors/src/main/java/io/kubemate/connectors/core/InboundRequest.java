package io.kubemate.connectors.core;

/** What a verified webhook request turned out to be once parsed. */
public sealed interface InboundRequest {

    /** The platform checks the endpoint: answer with {@code body} and nothing else. */
    record Challenge(String body, String contentType) implements InboundRequest {
    }

    /** Nothing for the bot (its own messages, edits, unsupported events); acknowledged and dropped. */
    record Ignored(String why) implements InboundRequest {
    }

    /** A message or click to hand to the bot. */
    record Received(Inbound inbound) implements InboundRequest {
    }
}
