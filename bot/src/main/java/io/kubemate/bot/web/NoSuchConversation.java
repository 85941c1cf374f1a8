package io.kubemate.bot.web;

/**
 * A conversation the person did not take part in, or one that does not exist: the same 404 for both, so that the
 * answer does not tell whether someone else's conversation exists.
 */
public final class NoSuchConversation extends RuntimeException {

    public NoSuchConversation(String conversation) {
        super("no conversation '" + conversation + "' of yours: it does not exist, has expired, or you did not take part in it");
    }
}
