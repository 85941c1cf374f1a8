package io.kubemate.connectors.alertmanager;

/** Where alert buttons' records live (the bot's state store, with a time to live); the button carries the id. */
public interface AlertButtons {

    /** Keeps the record and returns the opaque id to put in the button. */
    String save(AlertButton button);
}
