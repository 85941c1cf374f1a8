package io.kubemate.tools.sandbox;

/** A manifest folder or file that cannot be used as a cluster; the message is one line a person can act on. */
public final class ManifestException extends Exception {

    public ManifestException(String message) {
        super(message);
    }
}
