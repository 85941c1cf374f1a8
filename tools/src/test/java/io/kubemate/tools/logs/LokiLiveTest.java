package io.kubemate.tools.logs;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opt-in: against a real Loki when {@code LOKI_URL} is set ({@code LOKI_TENANT}, {@code LOKI_NAMESPACE} and
 * {@code LOKI_APP} optional). A real Loki must answer with lines or with none, never with a failure.
 */
class LokiLiveTest {

    @Test
    void a_real_loki_answers_a_built_query() {
        String url = System.getenv("LOKI_URL");
        assumeTrue(url != null && !url.isBlank(), "LOKI_URL is not set: skipping the test against a real Loki");
        LokiClient client = new LokiClient("live", URI.create(url), System.getenv("LOKI_TENANT"), Duration.ofSeconds(10));
        String namespace = System.getenv().getOrDefault("LOKI_NAMESPACE", "kube-system");
        String app = System.getenv().getOrDefault("LOKI_APP", "coredns");
        Outcome<LogSummary> outcome = new LogQuery(new Redactor(), Clock.systemUTC()).query(client, NamespaceScope.all(),
                new LogsRequest(namespace, app, null, null, Duration.ofMinutes(15), 100), LogLimits.defaults(), TokenBudget.defaults());
        assertFalse(outcome instanceof Outcome.Failure<LogSummary>, () -> "Loki failed: " + outcome);
    }
}
