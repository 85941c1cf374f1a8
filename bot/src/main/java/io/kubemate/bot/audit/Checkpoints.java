package io.kubemate.bot.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Optional;

/** A sink's checkpoint: written after each record, read to continue a chain and to verify one. */
public final class Checkpoints implements AutoCloseable {

    /** The stored checkpoint and where it is; {@code checkpoint} null when its text cannot be read. */
    public record Read(AuditCheckpoint checkpoint, String where) {
    }

    private final CheckpointStore store;
    private final AuditKey key;
    private final ObjectMapper json;

    public Checkpoints(CheckpointStore store, AuditKey key, ObjectMapper json) {
        this.store = store;
        this.key = key;
        this.json = json;
    }

    public void write(AuditRecord head) {
        try {
            store.save(json.writeValueAsString(AuditCheckpoint.sign(key, head.seq(), head.hash())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checkpoint is always serialisable", e);
        }
    }

    public Optional<Read> read() {
        return store.load().map(text -> {
            try {
                return new Read(json.readValue(text, AuditCheckpoint.class), store.describe());
            } catch (JsonProcessingException e) {
                return new Read(null, store.describe());
            }
        });
    }

    /**
     * Where the next record goes when the log has no last record: after the checkpoint, if there is one, so that a
     * log emptied or moved away shows as a chain restarted after record N instead of a new chain that verifies.
     */
    public AuditCheckpoint startAfter() {
        return read().map(Read::checkpoint).filter(c -> c != null && c.seq() > 0)
                .orElse(new AuditCheckpoint(0, AuditChain.GENESIS, null));
    }

    public String describe() {
        return store.describe();
    }

    @Override
    public void close() {
        if (store instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // shutting down: nothing left to tell
            }
        }
    }
}
