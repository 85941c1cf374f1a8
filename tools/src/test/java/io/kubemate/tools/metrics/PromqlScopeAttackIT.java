package io.kubemate.tools.metrics;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PromQL tenancy attacks against a real Prometheus engine: trade's series are worth 1, another tenant's
 * (payments) and cluster series without a namespace are worth 1000 or more, so any answer holding a value of
 * 1000 or more has read what the caller may not.
 */
class PromqlScopeAttackIT {

    private static LocalPrometheus prometheus;

    @BeforeAll
    static void start() throws Exception {
        Instant end = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES);
        StringBuilder om = new StringBuilder();
        series(om, "hr_salary_eur", List.of("{namespace=\"trade\",note=\"t\"} 1", "{namespace=\"payments\",note=\"p\"} 5000"), end);
        series(om, "up", List.of("{namespace=\"trade\"} 1", "{namespace=\"payments\"} 3000"), end);
        series(om, "node_temp", List.of("{instance=\"n1\"} 7000"), end);
        series(om, "start", List.of("{namespace=\"payments\"} 9000"), end);
        om.append("# EOF\n");
        prometheus = LocalPrometheus.start(om.toString());
    }

    private static void series(StringBuilder om, String metric, List<String> labelsAndValues, Instant end) {
        om.append("# TYPE ").append(metric).append(" gauge\n");
        for (String lv : labelsAndValues) {
            for (Instant t = end.minus(Duration.ofMinutes(30)); !t.isAfter(end); t = t.plusSeconds(30)) {
                om.append(metric).append(lv).append(' ').append(t.getEpochSecond()).append('\n');
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    static List<PromqlAttacks.Attack> attacks() {
        return PromqlAttacks.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void an_attack_returns_nothing_of_another_tenant(PromqlAttacks.Attack attack) {
        PrometheusClient client = new PrometheusClient("it", prometheus.url(), false, Duration.ofSeconds(10));
        MetricsQuery tool = new MetricsQuery(MetricsQueryTest.shippedShortcuts(), new Redactor(), Clock.systemUTC(), Duration.ofDays(1));
        Outcome<MetricsResult> outcome = tool.query(client, NamespaceScope.only(Set.of("trade")),
                new MetricsRequest(attack.query(), null, null, null, null), TokenBudget.defaults());
        if (attack.sent() != null) {
            assertTrue(outcome instanceof Outcome.Ok || outcome instanceof Outcome.NoData, () -> "the scoped query failed: " + outcome);
        }
        if (outcome instanceof Outcome.Ok<MetricsResult> ok) {
            for (MetricsResult.Row row : ok.value().rows()) {
                assertTrue(row.value() < 1000, "another tenant's value " + row.value() + " " + row.labels());
            }
        }
    }
}
