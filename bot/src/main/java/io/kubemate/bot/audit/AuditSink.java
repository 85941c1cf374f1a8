package io.kubemate.bot.audit;

import java.util.List;

/** An append-only store of audit records, each sealed into the sink's own hash chain. */
public interface AuditSink extends AutoCloseable {

    /** Appends atomically (concurrent writers, several replicas) and returns the sealed record. */
    AuditRecord append(AuditEntry entry);

    /** Every record, oldest first. */
    List<AuditRecord> read();

    String describe();

    @Override
    default void close() {
    }
}
