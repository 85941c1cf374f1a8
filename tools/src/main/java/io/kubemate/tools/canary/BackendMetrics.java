package io.kubemate.tools.canary;

/**
 * What the mesh or gateway measured for one backend over the policy's window.
 *
 * @param workload     the Deployment (linkerd) or Traefik service the series were selected by
 * @param requestRate  requests per second
 * @param successRate  0–1, or null without requests
 * @param p99Ms        99th-percentile latency in milliseconds, or null without a histogram
 * @param source       {@code linkerd} or {@code traefik}
 */
public record BackendMetrics(String workload, double requestRate, Double successRate, Double p99Ms, String source) {

    public Double errorRate() {
        return successRate == null ? null : 1 - successRate;
    }
}
