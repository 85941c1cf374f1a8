package io.kubemate.bot.audit;

/** The audit log cannot be written or read. Whatever was to be audited must not go ahead. */
public final class AuditUnavailableException extends RuntimeException {

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
