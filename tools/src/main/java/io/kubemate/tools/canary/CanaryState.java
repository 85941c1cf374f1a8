package io.kubemate.tools.canary;

import java.time.Duration;

/**
 * One canary as the {@code canary} tool judges it.
 *
 * @param sinceStep    time since traffic last moved, or null when unknown
 * @param next         the canary's share after the next ladder step, or null at 100 % or without two backends
 * @param stable       the stable backend's metrics, or null
 * @param canaryMetrics the canary backend's metrics, or null
 * @param metricsNote  why metrics are missing (no Prometheus, no permission, no series), or null
 */
public record CanaryState(Canary canary, Duration sinceStep, Integer next, BackendMetrics stable, BackendMetrics canaryMetrics,
                          CanaryVerdict verdict, String metricsNote) {
}
