package io.kubemate.bot.audit;

import java.util.List;
import java.util.Optional;

/** An append-only store of audit records, each sealed into the sink's own keyed chain, with its checkpoint elsewhere. */
public interface AuditSink extends AutoCloseable {

    /** Appends atomically (concurrent writers, several replicas) and returns the sealed record. */
    AuditRecord append(AuditEntry entry);

    /** Every record, oldest first; {@link AuditUnavailableException} when one cannot be read. */
    List<AuditRecord> read();

    /** Every stored entry, oldest first, the unreadable ones included (for verification). */
    List<StoredRecord> scan();

    /** The chain this sink seals with. */
    AuditChain chain();

    /** The sink's stored checkpoint, if it has one. */
    Optional<Checkpoints.Read> checkpoint();

    String describe();

    @Override
    default void close() {
    }
}
