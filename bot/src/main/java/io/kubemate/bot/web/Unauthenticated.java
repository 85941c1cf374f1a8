package io.kubemate.bot.web;

/** A request to the console or {@code /api} without an identity the bot accepts: 401 with the reason. */
public final class Unauthenticated extends RuntimeException {

    public Unauthenticated(String message) {
        super(message);
    }
}
