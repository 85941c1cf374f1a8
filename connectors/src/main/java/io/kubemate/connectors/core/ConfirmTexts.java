package io.kubemate.connectors.core;

/**
 * The words of the "are you sure?" dialog some platforms show before a Confirm click is sent. The bot fills them
 * from {@code prompts/messages_*.properties}; connectors hold no user-facing text of their own.
 */
public record ConfirmTexts(String title, String text, String confirm, String deny) {
}
