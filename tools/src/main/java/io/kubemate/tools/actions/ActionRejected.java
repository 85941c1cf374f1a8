package io.kubemate.tools.actions;

import io.kubemate.tools.outcome.Reason;

import java.util.Optional;

/** The arguments do not fit the live object or the rules; the message says what to change. */
public final class ActionRejected extends Exception {

    private final transient Reason why;

    public ActionRejected(String message) {
        super(message);
        this.why = null;
    }

    /** A rejection the person reads in their own language; the message is its English text. */
    public ActionRejected(Reason why) {
        super(why.english());
        this.why = why;
    }

    public Optional<Reason> why() {
        return Optional.ofNullable(why);
    }
}
