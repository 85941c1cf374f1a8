package io.kubemate.bot.chat;

/** A request the bot cannot answer, with the reason a person can act on and what kind of failure it is. */
public final class ChatFailure extends RuntimeException {

    public enum Kind {
        BAD_INPUT, UNKNOWN_USER, BACKEND_UNAVAILABLE
    }

    private final Kind kind;

    public ChatFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
