package io.kubemate.bot.router;

import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ObservabilityRoutingTest {

    private static SandboxRouting routing;

    @BeforeAll
    static void start() throws Exception {
        routing = SandboxRouting.over(TestBot.SCENARIO.resolve("cluster"));
    }

    @AfterAll
    static void stop() throws Exception {
        routing.close();
    }

    private static Route route(String text) {
        Route route = routing.route(text);
        assertNull(route.ask(), route.toString());
        return route;
    }

    @Test
    void understands_whats_firing_in_a_namespace() {
        assertEquals(Route.of("alerts_list", Map.of("namespace", "trade"), 0.9).args(), route("what's firing in trade?").args());
        assertEquals("alerts_list", route("what's firing in trade?").tool());
        assertEquals(Map.of("namespace", "payments"), route("/alerts payments").args());
        assertEquals("alerts_list", route("show me the firing alerts").tool());
        assertEquals(Map.of("namespace", "payments"), route("payments 有哪些告警？").args());
        assertEquals("silences_list", route("/silences").tool());
    }

    @Test
    void understands_errors_from_a_workload_in_a_window() {
        Route route = route("errors from payment-api in the last 15 minutes");
        assertEquals("logs_query", route.tool());
        assertEquals(Map.of("namespace", "payments", "workload", "payment-api", "since", "15m", "contains", "error"), route.args());
        Route zh = route("payment-api 最近 30 分钟的错误日志");
        assertEquals(Map.of("namespace", "payments", "workload", "payment-api", "since", "30m", "contains", "error"), zh.args());
    }

    @Test
    void logs_command_takes_a_window_and_text_and_keeps_pod_logs_for_its_flags() {
        Route route = route("/logs payment-api 30m timeout talking to bank");
        assertEquals("logs_query", route.tool());
        assertEquals("30m", route.args().get("since"));
        assertEquals("timeout talking to bank", route.args().get("contains"));
        assertEquals("pod_logs", route("/logs payment-api --previous").tool());
        assertEquals("pod_logs", route("/podlogs payment-api").tool());
        assertEquals("pod_logs", route("logs of payment-api").tool());
    }

    @Test
    void understands_metric_shortcuts_in_both_languages() {
        Route zh = route("payment-api 的 P99 延迟是多少");
        assertEquals("metrics_query", zh.tool());
        assertEquals(Map.of("namespace", "payments", "workload", "payment-api", "shortcut", "latency_p99"), zh.args());
        Route en = route("p99 latency of payment-api over the last 1 hour");
        assertEquals("1h", en.args().get("since"));
        assertEquals("cpu", route("cpu of payment-api").args().get("shortcut"));
        assertEquals(Map.of("query", "sum(rate(x{namespace=\"payments\"}[5m]))"),
                route("/promql sum(rate(x{namespace=\"payments\"}[5m]))").args());
    }

    @Test
    void promql_takes_a_range_and_a_step_after_the_query_and_keeps_the_query_text() {
        assertEquals(Map.of("query", "sum by (pod) (rate(x{path=\"/a  b\"}[5m]))", "since", "1h", "step", "1m"),
                route("/promql sum by (pod) (rate(x{path=\"/a  b\"}[5m])) 1h 1m").args());
        assertEquals(Map.of("query", "up", "since", "30m"), route("/promql up 30m").args());
        assertEquals(Map.of("query", "rate(x[5m]) offset 1h"), route("/promql rate(x[5m]) offset 1h").args(),
                "a duration after offset belongs to the query");
    }

    @Test
    void understands_trace_questions() {
        assertEquals(Map.of("trace_id", "4bf92f3577b34da6"), route("which span is slow in trace 4bf92f3577b34da6").args());
        assertEquals(Map.of("service", "checkout", "min_duration", "1s"), route("slow traces of checkout").args());
        assertEquals("trace_get", route("/trace 4bf92f35").tool());
    }
}
