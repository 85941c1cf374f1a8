package io.kubemate.connectors.core;

/** A verified request whose body is not what the platform documents; the bot answers 400 with the message. */
public final class MalformedRequestException extends RuntimeException {

    public MalformedRequestException(String message) {
        super(message);
    }
}
