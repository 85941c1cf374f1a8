package io.kubemate.bot.audit;

import java.util.List;
import java.util.function.Consumer;

/**
 * The audit log: every record goes to every sink before the caller may reply. If any sink cannot take it,
 * {@link AuditUnavailableException} stops the caller.
 */
public final class AuditLog implements AutoCloseable {

    private final List<AuditSink> sinks;
    private final Consumer<AuditEntry> written;

    public AuditLog(List<AuditSink> sinks) {
        this(sinks, entry -> { });
    }

    /** {@code written} sees each entry once every sink has taken it (the metrics count records here). */
    public AuditLog(List<AuditSink> sinks, Consumer<AuditEntry> written) {
        if (sinks.isEmpty()) {
            throw new IllegalArgumentException("the audit log needs at least one sink");
        }
        this.sinks = List.copyOf(sinks);
        this.written = written;
    }

    public void record(AuditEntry entry) {
        sinks.forEach(sink -> sink.append(entry));
        written.accept(entry);
    }

    public List<AuditSink> sinks() {
        return sinks;
    }

    @Override
    public void close() {
        sinks.forEach(AuditSink::close);
    }
}
