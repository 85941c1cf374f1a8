package io.kubemate.tools.actions;

/** The arguments do not fit the live object or the rules; the message says what to change. */
public final class ActionRejected extends Exception {

    public ActionRejected(String message) {
        super(message);
    }
}
