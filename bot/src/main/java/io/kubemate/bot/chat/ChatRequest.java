package io.kubemate.bot.chat;

/** One message from a person: who, in which conversation (thread), and what they wrote. */
public record ChatRequest(String user, String conversation, String text) {
}
