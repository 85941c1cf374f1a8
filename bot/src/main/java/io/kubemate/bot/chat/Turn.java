package io.kubemate.bot.chat;

import java.time.Instant;

/** One question and its answer, as kept in a conversation's memory. */
public record Turn(String user, String text, String reply, String html, String mode, Instant at) {
}
