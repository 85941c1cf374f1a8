package io.kubemate.knowledge.ingest;

/** A document that cannot be ingested; the message is the one-line reason shown in the ingest summary. */
public final class SkippedException extends Exception {

    public SkippedException(String reason) {
        super(reason);
    }

    public SkippedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
