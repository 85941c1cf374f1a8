package io.kubemate.bot.toolcall;

import io.kubemate.bot.observe.Backends;
import io.kubemate.bot.observe.ToolsProperties;
import io.kubemate.tools.logs.LogQuery;
import io.kubemate.tools.logs.LogsRequest;
import io.kubemate.tools.logs.LokiClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * {@code logs_query}: Loki lines of a workload ({@code workload}, used as the {@code app} label) or a {@code pod}
 * in a namespace, optionally containing a text ({@code contains}), over {@code since}, folded into patterns.
 */
@Singleton
final class LogsQueryTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("logs_query")
            .describe("Search a workload's logs in Loki; lines are grouped into patterns with counts.", "在 Loki 中搜索某个工作负载的日志；日志行按模式分组并计数。")
            .requiredString("namespace", "namespace", "命名空间")
            .string("workload", "app or workload name", "应用或工作负载名称")
            .string("query", "text the lines must contain", "日志行必须包含的文本")
            .string("since", "how far back, e.g. 15m (bounded)", "回看多久，例如 15m（有上限）")
            .commands("logs").positions("target").target(TargetKind.WORKLOAD_OR_POD)
            .build();

    static final String PERMISSION = "logs.read";

    private final Backends backends;
    private final LogQuery logs;
    private final TokenBudget budget;

    LogsQueryTool(Backends backends, Redactor redactor, Clock clock, ToolsProperties properties) {
        this.backends = backends;
        this.logs = new LogQuery(redactor, clock);
        this.budget = new TokenBudget(properties.tokenBudget());
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        Outcome<LokiClient> client = backends.loki(args.string("endpoint"));
        if (!(client instanceof Outcome.Ok<LokiClient> ok)) {
            return Degraded.refusal(client);
        }
        String contains = args.string("contains") != null ? args.string("contains") : args.string("query");
        LogsRequest request = new LogsRequest(args.string("namespace"), args.string("workload"), args.string("pod"), contains,
                args.duration("since"), args.integer("limit"));
        return Degraded.answer(logs.query(ok.value(), caller.scope(PERMISSION), request,
                backends.lokiLimits(ok.value().name()), budget));
    }
}
