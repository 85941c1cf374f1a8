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
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * {@code logs_query}: Loki lines of a workload ({@code workload}, used as the {@code app} label) or a {@code pod}
 * in a namespace, optionally containing a text ({@code contains}), over {@code since}, folded into patterns.
 */
@Singleton
final class LogsQueryTool implements ReadTool {

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
    public String name() {
        return "logs_query";
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
