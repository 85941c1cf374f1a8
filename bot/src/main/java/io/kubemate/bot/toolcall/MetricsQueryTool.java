package io.kubemate.bot.toolcall;

import io.kubemate.bot.observe.Backends;
import io.kubemate.bot.observe.ToolsProperties;
import io.kubemate.tools.metrics.MetricShortcuts;
import io.kubemate.tools.metrics.MetricsQuery;
import io.kubemate.tools.metrics.MetricsRequest;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * {@code metrics_query}: raw PromQL ({@code query}) or a {@code shortcut} for a {@code workload}; {@code since}
 * makes it a range query summarised per series. Shortcut templates come from {@link io.kubemate.bot.observe.MetricShortcutsSource}.
 */
@Singleton
final class MetricsQueryTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("metrics_query")
            .describe("A Prometheus query - a named shortcut (cpu, memory, restarts, request_rate, error_ratio, latency_p95, latency_p99) for a workload, or raw PromQL; range results are summarised.",
                    "Prometheus 查询：对某个工作负载使用命名快捷方式（cpu、memory、restarts、request_rate、error_ratio、latency_p95、latency_p99），或原始 PromQL；区间结果会被汇总。")
            .string("namespace", "namespace of the workload", "工作负载所在的命名空间")
            .string("workload", "workload for a shortcut", "快捷方式针对的工作负载")
            .string("shortcut", "cpu, memory, restarts, request_rate, error_ratio, latency_p95 or latency_p99", "cpu、memory、restarts、request_rate、error_ratio、latency_p95 或 latency_p99")
            .string("query", "raw PromQL when no shortcut fits", "没有合适快捷方式时的原始 PromQL")
            .string("since", "range to look back, e.g. 15m, 1h", "回看的时间范围，例如 15m、1h")
            .string("step", "resolution of a range query, e.g. 1m (default: the range in about 120 points)", "区间查询的步长，例如 1m（默认约 120 个点）")
            .commands("metrics", "promql").positions("shortcut", "target", "since").target(TargetKind.QUERY)
            .build();

    static final String PERMISSION = "metrics.read";

    private final Backends backends;
    private final MetricsQuery metrics;
    private final TokenBudget budget;

    MetricsQueryTool(Backends backends, MetricShortcuts shortcuts, Redactor redactor, Clock clock, ToolsProperties properties) {
        this.backends = backends;
        this.metrics = new MetricsQuery(shortcuts, redactor, clock, properties.metricsMaxRange());
        this.budget = new TokenBudget(properties.tokenBudget());
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        Outcome<PrometheusClient> client = backends.prometheus(args.string("endpoint"));
        if (!(client instanceof Outcome.Ok<PrometheusClient> ok)) {
            return Degraded.refusal(client);
        }
        MetricsRequest request = new MetricsRequest(args.string("query"), args.string("shortcut"), args.string("namespace"),
                args.string("workload"), args.duration("since"), args.duration("step"));
        return Degraded.answer(metrics.query(ok.value(), caller.scope(PERMISSION), request, budget));
    }
}
