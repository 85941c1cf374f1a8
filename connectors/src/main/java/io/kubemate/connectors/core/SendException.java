package io.kubemate.connectors.core;

/** A send the platform refused or that could not reach it after the retries; the message says which. */
public final class SendException extends Exception {

    public SendException(String message) {
        super(message);
    }

    public SendException(String message, Throwable cause) {
        super(message, cause);
    }
}
