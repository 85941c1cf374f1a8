package io.kubemate.tools.metrics;

import java.time.Duration;

/**
 * What {@code metrics_query} was asked: either raw PromQL ({@code query}) or a named {@code shortcut} for a
 * workload in a namespace; {@code range} null means an instant query, otherwise the window back from now, sampled
 * every {@code step} (null: the range split into about 120 points).
 */
public record MetricsRequest(String query, String shortcut, String namespace, String workload, Duration range, Duration step) {

    public MetricsRequest(String query, String shortcut, String namespace, String workload, Duration range) {
        this(query, shortcut, namespace, workload, range, null);
    }
}
