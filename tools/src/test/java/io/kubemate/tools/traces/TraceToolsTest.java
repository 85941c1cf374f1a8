package io.kubemate.tools.traces;

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
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceToolsTest {

    /**
     * Incident S12 in Jaeger's query-API format: 5.2 s in total, 4.8 s in order-service, of which a 4.5 s
     * audit_log query; the payment call fails.
     */
    static final String TRACE = """
            {"data":[{"traceID":"4bf92f3577b34da6a3ce929d0e0e4736","spans":[
              {"traceID":"4bf92f3577b34da6a3ce929d0e0e4736","spanID":"a1","operationName":"GET /checkout","references":[],
               "startTime":1732449600000000,"duration":5200000,"tags":[{"key":"http.status_code","type":"int64","value":200}],
               "logs":[],"processID":"p1"},
              {"traceID":"4bf92f3577b34da6a3ce929d0e0e4736","spanID":"b2","operationName":"POST /orders",
               "references":[{"refType":"CHILD_OF","traceID":"4bf92f3577b34da6a3ce929d0e0e4736","spanID":"a1"}],
               "startTime":1732449600200000,"duration":4800000,"tags":[],"logs":[],"processID":"p2"},
              {"traceID":"4bf92f3577b34da6a3ce929d0e0e4736","spanID":"c3","operationName":"db.query: SELECT * FROM audit_log WHERE order_id = ?",
               "references":[{"refType":"CHILD_OF","traceID":"4bf92f3577b34da6a3ce929d0e0e4736","spanID":"b2"}],
               "startTime":1732449600400000,"duration":4500000,"tags":[{"key":"db.system","type":"string","value":"postgresql"}],
               "logs":[],"processID":"p2"},
              {"traceID":"4bf92f3577b34da6a3ce929d0e0e4736","spanID":"d4","operationName":"POST /pay",
               "references":[{"refType":"CHILD_OF","traceID":"4bf92f3577b34da6a3ce929d0e0e4736","spanID":"a1"}],
               "startTime":1732449600050000,"duration":100000,
               "tags":[{"key":"error","type":"bool","value":true},{"key":"otel.status_description","type":"string","value":"card declined token=abcd1234efgh"}],
               "logs":[],"processID":"p3"}],
             "processes":{
              "p1":{"serviceName":"api-gateway","tags":[{"key":"k8s.namespace.name","type":"string","value":"edge"}]},
              "p2":{"serviceName":"order-service","tags":[{"key":"k8s.namespace.name","type":"string","value":"trade"}]},
              "p3":{"serviceName":"payment-service","tags":[{"key":"k8s.namespace.name","type":"string","value":"payments"}]}},
             "warnings":null}],"total":0,"limit":0,"offset":0,"errors":null}""";

    private final StandIn jaeger = new StandIn();
    private final JaegerClient client = new JaegerClient("main", jaeger.url(), Duration.ofSeconds(2));
    private final TraceTools tools = new TraceTools(new TraceAnalyzer(new Redactor()),
            Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        jaeger.close();
    }

    @Test
    void summarises_duration_critical_path_slowest_spans_errors_and_services() {
        jaeger.reply("/api/traces/4bf92f3577b34da6a3ce929d0e0e4736", 200, TRACE);
        var ok = assertInstanceOf(Outcome.Ok.class, tools.get(client, NamespaceScope.all(), "4bf92f3577b34da6a3ce929d0e0e4736",
                TokenBudget.defaults()));
        TraceSummary s = (TraceSummary) ok.value();
        assertEquals(5_200_000, s.totalMicros());
        assertEquals(List.of("api-gateway", "payment-service", "order-service"), s.services());
        // the payment call ends before the order call starts, so it is on the path too
        assertEquals(List.of("GET /checkout", "POST /pay", "POST /orders", "db.query: SELECT * FROM audit_log WHERE order_id = ?"),
                s.criticalPath().stream().map(TraceSummary.Step::operation).toList());
        TraceSummary.Step slowest = s.slowest().getFirst();
        assertEquals("db.query: SELECT * FROM audit_log WHERE order_id = ?", slowest.operation());
        assertEquals("87%", s.share(slowest.selfMicros()));
        assertEquals(1, s.errors().size());
        assertTrue(s.errors().getFirst().message().startsWith("card declined"));
        String markdown = s.markdown();
        assertTrue(markdown.contains("5.20 s total"), markdown);
        assertTrue(markdown.contains("ERROR payment-service POST /pay: card declined"), markdown);
        assertFalse(markdown.contains("abcd1234efgh"), markdown);
    }

    @Test
    void a_failure_a_client_swallowed_is_shown_even_when_no_span_is_marked_as_error() {
        String silent = TRACE
                .replace("{\"key\":\"error\",\"type\":\"bool\",\"value\":true},{\"key\":\"otel.status_description\",\"type\":\"string\",\"value\":\"card declined token=abcd1234efgh\"}", "")
                .replace("\"logs\":[],\"processID\":\"p3\"", "\"logs\":[{\"timestamp\":1732449600150000,\"fields\":[{\"key\":\"event\",\"type\":\"string\","
                        + "\"value\":\"deadline exceeded (50ms), transaction skipped\"}]}],\"processID\":\"p3\"");
        assertFalse(silent.contains("card declined"));
        jaeger.reply("/api/traces/4bf92f3577b34da6a3ce929d0e0e4736", 200, silent);
        TraceSummary s = (TraceSummary) assertInstanceOf(Outcome.Ok.class, tools.get(client, NamespaceScope.all(),
                "4bf92f3577b34da6a3ce929d0e0e4736", TokenBudget.defaults())).value();
        assertEquals(1, s.errors().size(), s.errors().toString());
        assertTrue(s.markdown().contains("POST /pay: (the span is not marked as an error) deadline exceeded (50ms), transaction skipped"),
                s.markdown());
    }

    @Test
    void a_missing_trace_is_not_sampled_or_not_found() {
        jaeger.reply("/api/traces/deadbeef", 404,
                "{\"data\":null,\"total\":0,\"limit\":0,\"offset\":0,\"errors\":[{\"code\":404,\"msg\":\"trace not found\"}]}");
        var none = assertInstanceOf(Outcome.NoData.class, tools.get(client, NamespaceScope.all(), "deadbeef", TokenBudget.defaults()));
        assertTrue(none.reason().contains("not sampled or not found"), none.reason());
    }

    @Test
    void a_malformed_trace_id_is_refused_without_a_request() {
        assertInstanceOf(Outcome.Failure.class, tools.get(client, NamespaceScope.all(), "../api/services", TokenBudget.defaults()));
        assertTrue(jaeger.requests().isEmpty());
    }

    @Test
    void spans_in_namespaces_the_caller_cannot_read_are_masked() {
        jaeger.reply("/api/traces/4bf92f3577b34da6a3ce929d0e0e4736", 200, TRACE);
        var ok = assertInstanceOf(Outcome.Ok.class, tools.get(client, NamespaceScope.only(Set.of("trade")),
                "4bf92f3577b34da6a3ce929d0e0e4736", TokenBudget.defaults()));
        TraceSummary s = (TraceSummary) ok.value();
        assertEquals(2, s.hiddenSpans());
        assertFalse(s.markdown().contains("card declined"), s.markdown());
        assertFalse(s.markdown().contains("GET /checkout"), s.markdown());
        assertTrue(s.markdown().contains("audit_log"), s.markdown());
    }

    @Test
    void a_trace_outside_every_readable_namespace_is_forbidden() {
        jaeger.reply("/api/traces/4bf92f3577b34da6a3ce929d0e0e4736", 200, TRACE);
        assertInstanceOf(Outcome.Forbidden.class, tools.get(client, NamespaceScope.only(Set.of("risk")),
                "4bf92f3577b34da6a3ce929d0e0e4736", TokenBudget.defaults()));
    }

    @Test
    void search_lists_traces_with_errors_first_and_sends_min_duration() {
        jaeger.reply("/api/traces", 200, TRACE);
        var ok = assertInstanceOf(Outcome.Ok.class, tools.search(client, NamespaceScope.all(), "api-gateway", null,
                Duration.ofMillis(500), null, TokenBudget.defaults()));
        TraceList list = (TraceList) ok.value();
        assertEquals(1, list.traces().size());
        String query = jaeger.requests().getFirst().query();
        assertTrue(query.contains("service=api-gateway") && query.contains("minDuration=500ms") && query.contains("limit=20"), query);
        assertTrue(list.markdown().contains("4bf92f3577b34da6a3ce929d0e0e4736"), list.markdown());
    }

    @Test
    void a_jaeger_that_times_out_is_a_specific_failure() {
        jaeger.slow("/api/traces/abc", 2_000);
        JaegerClient slow = new JaegerClient("main", jaeger.url(), Duration.ofMillis(200));
        var failure = assertInstanceOf(Outcome.Failure.class, tools.get(slow, NamespaceScope.all(), "abc", TokenBudget.defaults()));
        assertTrue(failure.reason().contains("Jaeger 'main' did not answer within 200 ms"), failure.reason());
    }
}
