package io.kubemate.bot.toolcall;

import io.kubemate.bot.observe.Backends;
import io.kubemate.bot.observe.ToolsProperties;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.traces.JaegerClient;
import io.kubemate.tools.traces.TraceAnalyzer;
import io.kubemate.tools.traces.TraceTools;
import jakarta.inject.Singleton;

import java.time.Clock;

/** {@code trace_get}: one trace by {@code trace_id}, summarised. */
@Singleton
final class TraceGetTool implements ReadTool {

    private final Backends backends;
    private final TraceTools traces;
    private final TokenBudget budget;

    TraceGetTool(Backends backends, Redactor redactor, Clock clock, ToolsProperties properties) {
        this.backends = backends;
        this.traces = new TraceTools(new TraceAnalyzer(redactor), clock);
        this.budget = new TokenBudget(properties.tokenBudget());
    }

    @Override
    public String name() {
        return "trace_get";
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        Outcome<JaegerClient> client = backends.jaeger(args.string("endpoint"));
        if (!(client instanceof Outcome.Ok<JaegerClient> ok)) {
            return Degraded.refusal(client);
        }
        return Degraded.answer(traces.get(ok.value(), caller.scope(TracesSearchTool.PERMISSION), args.string("trace_id"), budget));
    }
}
