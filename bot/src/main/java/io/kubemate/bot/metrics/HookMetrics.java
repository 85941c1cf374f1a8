package io.kubemate.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Chat platform and Alertmanager hooks: {@code kubemate.webhook.rejected} (Prometheus
 * {@code kubemate_webhook_rejected_total}, by platform and reason — a bad signature, token or timestamp) and
 * {@code kubemate.webhook.duplicates} ({@code kubemate_webhook_duplicates_total}, redeliveries dropped by event id).
 */
@Singleton
public final class HookMetrics {

    public static final String REJECTED = "kubemate.webhook.rejected";
    public static final String DUPLICATES = "kubemate.webhook.duplicates";

    private final MeterRegistry registry;

    public HookMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void rejected(String platform, String reason) {
        Counter.builder(REJECTED).description("Hook requests refused by verification")
                .tags("platform", platform, "reason", reason.toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    public void duplicate(String platform) {
        Counter.builder(DUPLICATES).description("Hook redeliveries dropped by event id")
                .tags("platform", platform).register(registry).increment();
    }
}
