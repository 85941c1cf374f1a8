package io.kubemate.bot.audit;

/** What happened, in the vocabulary of design §3 and §4. */
public enum AuditEvent {
    PROPOSED, CONFIRMED, CANCELLED, EXPIRED, DENIED, EXECUTED, FAILED, IGNORED
}
