package io.kubemate.bot.metrics;

import io.kubemate.bot.audit.AuditEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.function.Consumer;

/**
 * Counts every audit record the log has written into {@code kubemate.audit.events} (Prometheus:
 * {@code kubemate_audit_events_total{event,action}}): proposals, confirmations, cancellations, expiries,
 * denials, executions and failures, read from the record itself so no caller has to remember it.
 */
@Singleton
public final class AuditMetrics implements Consumer<AuditEntry> {

    public static final String METER = "kubemate.audit.events";

    private final MeterRegistry registry;

    public AuditMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void accept(AuditEntry entry) {
        Counter.builder(METER).description("Audit records written, by event and action")
                .tags("event", entry.event().name(), "action", entry.action() == null ? "" : entry.action())
                .register(registry).increment();
    }
}
