package io.kubemate.bot.audit;

import java.util.List;

/**
 * The audit log: every record goes to every sink before the caller may reply. If any sink cannot take it,
 * {@link AuditUnavailableException} stops the caller.
 */
public final class AuditLog implements AutoCloseable {

    private final List<AuditSink> sinks;

    public AuditLog(List<AuditSink> sinks) {
        if (sinks.isEmpty()) {
            throw new IllegalArgumentException("the audit log needs at least one sink");
        }
        this.sinks = List.copyOf(sinks);
    }

    public void record(AuditEntry entry) {
        sinks.forEach(sink -> sink.append(entry));
    }

    public List<AuditSink> sinks() {
        return sinks;
    }

    @Override
    public void close() {
        sinks.forEach(AuditSink::close);
    }
}
