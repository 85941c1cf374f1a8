package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

/**
 * What Feishu tells a long-connection client, with the endpoint and again in pongs: how often to ping, how long to wait
 * between reconnection attempts, and the random spread (nonce) before the first one, all in seconds. Missing values keep
 * the ones before.
 */
public record FeishuClientConfig(int reconnectCount, int reconnectIntervalSeconds, int reconnectNonceSeconds, int pingIntervalSeconds) {

    /** What the official client assumes until Feishu says otherwise. */
    public static final FeishuClientConfig DEFAULT = new FeishuClientConfig(-1, 120, 30, 120);

    /** {@code node}: a {@code ClientConfig} object ({@code ReconnectCount}, {@code ReconnectInterval}, …). */
    public FeishuClientConfig updatedBy(JsonNode node) {
        return new FeishuClientConfig(node.path("ReconnectCount").asInt(reconnectCount),
                positive(node.path("ReconnectInterval").asInt(reconnectIntervalSeconds), reconnectIntervalSeconds),
                Math.max(0, node.path("ReconnectNonce").asInt(reconnectNonceSeconds)),
                positive(node.path("PingInterval").asInt(pingIntervalSeconds), pingIntervalSeconds));
    }

    public Duration pingInterval() {
        return Duration.ofSeconds(pingIntervalSeconds);
    }

    public Duration reconnectInterval() {
        return Duration.ofSeconds(reconnectIntervalSeconds);
    }

    private static int positive(int value, int fallback) {
        return value > 0 ? value : fallback;
    }
}
