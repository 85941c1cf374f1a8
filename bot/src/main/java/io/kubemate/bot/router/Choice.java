package io.kubemate.bot.router;

/**
 * One answer to the router's question, offered as a button: {@code label} is what the button shows, {@code say}
 * the message that picks it — the person's own words with the name spelled out, or an explicit command — sent
 * as that person, exactly as if they had typed it.
 */
public record Choice(String label, String say) {
}
