package io.kubemate.tools.logs;

import io.kubemate.tools.http.StandIn;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogQueryTest {

    /** A query_range answer in Loki's documented format: streams with nanosecond string timestamps, and stats. */
    static final String STREAMS = """
            {"status":"success","data":{"resultType":"streams","result":[
              {"stream":{"namespace":"trade","app":"order-svc","pod":"order-svc-7d9f-1"},"values":[
                ["1795953590000000000","level=error msg=\\"payment 8812 failed\\" card=4111 1111 1111 1111 password=hunter2"],
                ["1795953580000000000","level=error msg=\\"payment 8811 failed\\" card=4111 1111 1111 1111 password=hunter2"],
                ["1795953570000000000","level=info msg=\\"order 1 accepted\\""]]},
              {"stream":{"namespace":"trade","app":"order-svc","pod":"order-svc-7d9f-2"},"values":[
                ["1795953560000000000","level=error msg=\\"payment 7001 failed\\" card=4111 1111 1111 1111 password=hunter2"]]}],
             "stats":{"summary":{"bytesProcessedPerSecond":1000,"linesProcessedPerSecond":10,"totalBytesProcessed":4096,
               "totalLinesProcessed":4,"execTime":0.004}}}}""";

    private final StandIn loki = new StandIn();
    private final LokiClient client = new LokiClient("main", loki.url(), "team-trade", Duration.ofSeconds(2));
    private final LogQuery tool = new LogQuery(new Redactor(),
            Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));
    private final NamespaceScope trade = NamespaceScope.only(Set.of("trade"));

    @AfterEach
    void stop() {
        loki.close();
    }

    private String sent(String param) {
        String query = loki.requests().stream().filter(r -> r.path().endsWith("query_range")).findFirst().orElseThrow().query();
        for (String part : query.split("&")) {
            if (part.startsWith(param + "=")) {
                return URLDecoder.decode(part.substring(param.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void builds_an_exact_selector_and_folds_redacted_lines_into_patterns() {
        loki.reply("/loki/api/v1/query_range", 200, STREAMS);
        var ok = assertInstanceOf(Outcome.Ok.class, tool.query(client, trade,
                new LogsRequest("trade", "order-svc", null, "failed", Duration.ofMinutes(15), null), LogLimits.defaults(),
                TokenBudget.defaults()));
        assertEquals("{namespace=\"trade\", app=\"order-svc\"} |~ \"(?i)failed\"", sent("query"));
        assertEquals("500", sent("limit"));
        assertEquals("backward", sent("direction"));
        assertEquals(List.of("team-trade"), loki.requests().getLast().headers().get("X-scope-orgid"));
        LogSummary summary = (LogSummary) ok.value();
        assertEquals(4, summary.lines());
        assertEquals(2, summary.patterns().size());
        assertEquals(3, summary.patterns().getFirst().count());
        String all = summary.markdown() + summary.evidence();
        assertFalse(all.contains("hunter2"), all);
        assertFalse(all.contains("4111 1111 1111 1111"), all);
        assertTrue(summary.markdown().contains("3 |"), summary.markdown());
    }

    @Test
    void rejects_regex_wide_selectors() {
        for (String namespace : List.of(".*", "prod-.*")) {
            var failure = assertInstanceOf(Outcome.Failure.class, tool.query(client, NamespaceScope.all(),
                    new LogsRequest(namespace, "order-svc", null, null, null, null), LogLimits.defaults(), TokenBudget.defaults()));
            assertTrue(failure.reason().contains("not an exact namespace name"), failure.reason());
        }
        var failure = assertInstanceOf(Outcome.Failure.class, tool.query(client, NamespaceScope.all(),
                new LogsRequest("trade", ".*", null, "keyword", null, null), LogLimits.defaults(), TokenBudget.defaults()));
        assertTrue(failure.reason().contains("not an exact app name"), failure.reason());
        assertTrue(loki.requests().isEmpty());
    }

    @Test
    void rejects_query_without_stream_selector_beyond_the_namespace() {
        var failure = assertInstanceOf(Outcome.Failure.class, tool.query(client, trade,
                new LogsRequest("trade", null, null, "login failure", null, null), LogLimits.defaults(), TokenBudget.defaults()));
        assertTrue(failure.reason().contains("need an app or a pod"), failure.reason());
    }

    @Test
    void matches_the_line_filter_text_literally_and_case_insensitively() {
        // regex metacharacters are escaped for RE2, then backslashes and quotes for the LogQL string
        assertEquals("{namespace=\"trade\", pod=\"a-1\"} |~ \"(?i)say \\\"hi\\\" \\\\\\\\ a\\\\.b\"",
                ((Outcome.Ok<String>) tool.logql(new LogsRequest("trade", null, "a-1", "say \"hi\" \\ a.b", null, null))).value());
    }

    @Test
    void refuses_a_window_beyond_the_maximum() {
        var failure = assertInstanceOf(Outcome.Failure.class, tool.query(client, trade,
                new LogsRequest("trade", "order-svc", null, null, Duration.ofDays(30), null), LogLimits.defaults(), TokenBudget.defaults()));
        assertTrue(failure.reason().contains("at most 6h back"), failure.reason());
    }

    @Test
    void refuses_a_query_above_the_bytes_budget_with_a_suggestion() {
        loki.reply("/loki/api/v1/index/stats", 200, "{\"streams\":120,\"chunks\":9000,\"entries\":80000000,\"bytes\":53687091200}");
        loki.reply("/loki/api/v1/query_range", 200, STREAMS);
        var failure = assertInstanceOf(Outcome.Failure.class, tool.query(client, trade,
                new LogsRequest("trade", "order-svc", null, null, Duration.ofHours(1), null), LogLimits.defaults(), TokenBudget.defaults()));
        assertTrue(failure.reason().contains("would scan 50.0 GiB, above the 1.0 GiB budget"), failure.reason());
        assertTrue(failure.reason().contains("shorter window"), failure.reason());
        assertTrue(loki.requests().stream().noneMatch(r -> r.path().endsWith("query_range")));
    }

    @Test
    void goes_ahead_when_index_stats_are_not_offered() {
        loki.reply("/loki/api/v1/query_range", 200, STREAMS);
        assertInstanceOf(Outcome.Ok.class, tool.query(client, trade,
                new LogsRequest("trade", "order-svc", null, null, null, null), LogLimits.defaults(), TokenBudget.defaults()));
    }

    @Test
    void a_namespace_the_caller_cannot_read_is_refused_without_a_query() {
        var denied = assertInstanceOf(Outcome.Forbidden.class, tool.query(client, trade,
                new LogsRequest("payments", "pay-api", null, null, null, null), LogLimits.defaults(), TokenBudget.defaults()));
        assertEquals("you don't have access to namespace payments", denied.reason());
        assertTrue(loki.requests().isEmpty());
    }

    @Test
    void a_rate_limited_loki_is_a_specific_failure() {
        loki.reply("/loki/api/v1/query_range", 429, "maximum of series (500) reached for a single query");
        var failure = assertInstanceOf(Outcome.Failure.class, tool.query(client, trade,
                new LogsRequest("trade", "order-svc", null, null, null, null), LogLimits.defaults(), TokenBudget.defaults()));
        assertTrue(failure.reason().contains("Loki 'main' is rate-limiting"), failure.reason());
    }

    @Test
    void no_matching_lines_is_no_data() {
        loki.reply("/loki/api/v1/query_range", 200,
                "{\"status\":\"success\",\"data\":{\"resultType\":\"streams\",\"result\":[],\"stats\":{}}}");
        assertInstanceOf(Outcome.NoData.class, tool.query(client, trade,
                new LogsRequest("trade", "order-svc", null, "nothing-like-this", null, null), LogLimits.defaults(), TokenBudget.defaults()));
    }

    @Test
    void a_reader_of_every_namespace_also_sees_streams_without_a_namespace_label() {
        loki.reply("/loki/api/v1/query_range", 200, """
                {"status":"success","data":{"resultType":"streams","result":[
                  {"stream":{"app":"order-svc"},"values":[["1795953590000000000","level=error from a node agent"]]}]}}""");
        var ok = assertInstanceOf(Outcome.Ok.class, tool.query(client, NamespaceScope.all(),
                new LogsRequest("trade", "order-svc", null, null, null, null), LogLimits.defaults(), TokenBudget.defaults()));
        assertEquals(1, ((LogSummary) ok.value()).lines());
    }
}
