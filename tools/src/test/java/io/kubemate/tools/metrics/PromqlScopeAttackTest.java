package io.kubemate.tools.metrics;

import io.kubemate.tools.http.StandIn;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PromQL tenancy attacks (issue 18.1) against {@code metrics_query} for a person who may read only {@code trade}:
 * each one is refused before anything is sent, or reaches Prometheus with {@code namespace="trade"} on every
 * selector.
 */
class PromqlScopeAttackTest {

    private final StandIn prometheus = new StandIn().reply("/api/v1/query", 200, """
            {"status":"success","data":{"resultType":"vector","result":[{"metric":{"namespace":"trade"},"value":[1732449600,"1"]}]}}""");
    private final PrometheusClient client = new PrometheusClient("main", prometheus.url(), false, Duration.ofSeconds(2));
    private final MetricsQuery tool = new MetricsQuery(MetricsQueryTest.shippedShortcuts(), new Redactor(),
            Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC), Duration.ofDays(1));

    @AfterEach
    void stop() {
        prometheus.close();
    }

    static List<PromqlAttacks.Attack> attacks() {
        return PromqlAttacks.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void an_attack_is_refused_or_reaches_prometheus_scoped_to_the_callers_namespace(PromqlAttacks.Attack attack) {
        Outcome<MetricsResult> outcome = tool.query(client, NamespaceScope.only(Set.of("trade")),
                new MetricsRequest(attack.query(), null, null, null, null), TokenBudget.defaults());
        if (attack.sent() == null) {
            assertTrue(prometheus.requests().isEmpty(), () -> "sent " + sent());
            assertTrue(outcome instanceof Outcome.Forbidden<MetricsResult>
                    || outcome instanceof Outcome.Failure<MetricsResult> f && f.kind() == Outcome.FailureKind.BAD_REQUEST, outcome::toString);
        } else {
            assertEquals(attack.sent(), sent(), outcome.toString());
        }
    }

    private String sent() {
        if (prometheus.requests().isEmpty()) {
            return null;
        }
        String body = prometheus.requests().getFirst().body();
        for (String part : body.split("&")) {
            if (part.startsWith("query=")) {
                return URLDecoder.decode(part.substring("query=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
