package io.kubemate.bot.observe;

import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackendsTest {

    @Test
    void binds_several_named_endpoints_per_kind_with_defaults() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "kubemate.prometheus.east.url", "http://thanos-east:9090",
                "kubemate.prometheus.east.dedup", "true",
                "kubemate.prometheus.west.url", "http://prom-west:9090",
                "kubemate.prometheus.west.timeout", "3s",
                "kubemate.loki.main.url", "http://loki:3100",
                "kubemate.loki.main.tenant", "trade",
                "kubemate.loki.main.max-range", "2h"))) {
            Map<String, PrometheusEndpoint> proms = context.getBeansOfType(PrometheusEndpoint.class).stream()
                    .collect(java.util.stream.Collectors.toMap(PrometheusEndpoint::name, e -> e));
            assertTrue(proms.get("east").dedup());
            assertEquals(java.time.Duration.ofSeconds(10), proms.get("east").timeout());
            assertEquals(java.time.Duration.ofSeconds(3), proms.get("west").timeout());
            LokiEndpoint loki = context.getBean(LokiEndpoint.class);
            assertEquals("trade", loki.tenant());
            assertEquals(java.time.Duration.ofHours(2), loki.maxRange());
            assertEquals(1L << 30, loki.maxBytes());

            Backends backends = context.getBean(Backends.class);
            var west = assertInstanceOf(Outcome.Ok.class, backends.prometheus("west"));
            assertEquals("west", ((PrometheusClient) west.value()).name());
            var first = assertInstanceOf(Outcome.Ok.class, backends.prometheus(null));
            assertEquals("east", ((PrometheusClient) first.value()).name());
            var unknown = assertInstanceOf(Outcome.Failure.class, backends.prometheus("north"));
            assertTrue(unknown.reason().contains("configured: east, west"), unknown.reason());
            assertEquals(java.time.Duration.ofHours(2), backends.lokiLimits("main").maxRange());
        }
    }

    @Test
    void says_plainly_when_a_backend_is_not_configured() {
        try (ApplicationContext context = ApplicationContext.run(Map.of())) {
            var none = assertInstanceOf(Outcome.NoData.class, context.getBean(Backends.class).loki(null));
            assertEquals("no Loki is configured (set kubemate.loki.<name>.url)", none.reason());
        }
    }
}
