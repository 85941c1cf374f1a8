package io.kubemate.tools.traces;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Opt-in: against a real Jaeger query service when {@code JAEGER_URL} is set. */
class JaegerLiveTest {

    @Test
    void a_real_jaeger_lists_services_and_answers_a_search_and_an_unknown_trace() {
        String url = System.getenv("JAEGER_URL");
        assumeTrue(url != null && !url.isBlank(), "JAEGER_URL is not set: skipping the test against a real Jaeger");
        JaegerClient client = new JaegerClient("live", URI.create(url), Duration.ofSeconds(10));
        var services = assertInstanceOf(Outcome.Ok.class, client.services());
        TraceTools tools = new TraceTools(new TraceAnalyzer(new Redactor()), Clock.systemUTC());
        for (Object service : ((List<?>) services.value()).stream().limit(1).toList()) {
            Outcome<TraceList> found = tools.search(client, NamespaceScope.all(), service.toString(), null, null, null, TokenBudget.defaults());
            assertFalse(found instanceof Outcome.Failure<TraceList>, () -> "search failed: " + found);
        }
        assertInstanceOf(Outcome.NoData.class, tools.get(client, NamespaceScope.all(), "00000000000000000000000000000001",
                TokenBudget.defaults()));
    }
}
