package io.kubemate.tools.logs;

import io.kubemate.tools.http.StandIn;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Log tenancy attacks (issue 18.4): a Loki (or a gateway before it) that answers streams of other namespaces than
 * the query asked for. Nothing of a stream whose {@code namespace} label the caller may not read is shown.
 */
class LokiStreamAttackTest {

    private static final String OWN = """
            {"stream":{"namespace":"trade","app":"order-svc"},"values":[["1795953590000000000","level=error trade line"]]}""";

    private final StandIn loki = new StandIn();
    private final LokiClient client = new LokiClient("main", loki.url(), null, Duration.ofSeconds(2));
    private final LogQuery tool = new LogQuery(new Redactor(), Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        loki.close();
    }

    private String shown(String foreignStream, NamespaceScope scope) {
        loki.reply("/loki/api/v1/query_range", 200, "{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":["
                + OWN + "," + foreignStream + "]}}");
        Outcome<LogSummary> outcome = tool.query(client, scope, new LogsRequest("trade", "order-svc", null, null, null, null),
                LogLimits.defaults(), TokenBudget.defaults());
        return outcome instanceof Outcome.Ok<LogSummary> ok ? ok.value().markdown() + ok.value().evidence() : outcome.toString();
    }

    private static String stream(String labels) {
        return "{\"stream\":{" + labels + "},\"values\":[[\"1795953580000000000\",\"level=error SALARY of another tenant\"]]}";
    }

    @Test
    void a_stream_of_another_namespace_is_not_shown() {
        String shown = shown(stream("\"namespace\":\"payments\",\"app\":\"order-svc\""), NamespaceScope.only(Set.of("trade")));
        assertFalse(shown.contains("SALARY"), shown);
        assertTrue(shown.contains("trade line"), shown);
    }

    @Test
    void a_stream_without_a_namespace_label_is_not_shown_to_a_namespaced_reader() {
        String shown = shown(stream("\"app\":\"order-svc\""), NamespaceScope.only(Set.of("trade")));
        assertFalse(shown.contains("SALARY"), shown);
    }

    @Test
    void a_stream_whose_namespace_differs_only_in_case_is_not_shown() {
        String shown = shown(stream("\"namespace\":\"TRADE\",\"app\":\"order-svc\""), NamespaceScope.only(Set.of("trade")));
        assertFalse(shown.contains("SALARY"), shown);
    }

    @Test
    void a_stream_whose_namespace_has_a_trailing_space_is_not_shown() {
        String shown = shown(stream("\"namespace\":\"trade \",\"app\":\"order-svc\""), NamespaceScope.only(Set.of("trade")));
        assertFalse(shown.contains("SALARY"), shown);
    }

    @Test
    void a_stream_with_an_empty_namespace_label_is_not_shown() {
        String shown = shown(stream("\"namespace\":\"\",\"app\":\"order-svc\""), NamespaceScope.only(Set.of("trade")));
        assertFalse(shown.contains("SALARY"), shown);
    }

    @Test
    void a_reader_checked_by_predicate_only_sees_no_foreign_stream_either() {
        String shown = shown(stream("\"namespace\":\"payments\",\"app\":\"order-svc\""), NamespaceScope.of("trade"::equals));
        assertFalse(shown.contains("SALARY"), shown);
    }

    @Test
    void only_foreign_streams_answer_no_data_rather_than_their_lines() {
        loki.reply("/loki/api/v1/query_range", 200, "{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":["
                + stream("\"namespace\":\"payments\"") + "]}}");
        Outcome<LogSummary> outcome = tool.query(client, NamespaceScope.only(Set.of("trade")),
                new LogsRequest("trade", "order-svc", null, null, null, null), LogLimits.defaults(), TokenBudget.defaults());
        assertTrue(outcome instanceof Outcome.NoData<LogSummary>, outcome::toString);
        assertFalse(outcome.toString().contains("SALARY"), outcome::toString);
    }
}
