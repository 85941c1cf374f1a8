package io.kubemate.connectors.core;

/** A message written to the bot, already verified and stripped of the bot mention. */
public record InboundMessage(String platform, String workspace, String channel, String thread, String user, String text,
                             String eventId) implements Inbound {
}
