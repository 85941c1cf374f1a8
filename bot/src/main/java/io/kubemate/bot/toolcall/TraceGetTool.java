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
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;

/** {@code trace_get}: one trace by {@code trace_id}, summarised. */
@Singleton
final class TraceGetTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("trace_get")
            .describe("One trace by id - critical path, slowest spans, error spans, services crossed.", "按 ID 查看一条链路：关键路径、最慢的 span、出错的 span、经过的服务。")
            .requiredString("trace_id", "the trace id", "链路 ID")
            .commands("trace").positions("trace").target(TargetKind.QUERY)
            .build();

    private final Backends backends;
    private final TraceTools traces;
    private final TokenBudget budget;

    TraceGetTool(Backends backends, Redactor redactor, Clock clock, ToolsProperties properties) {
        this.backends = backends;
        this.traces = new TraceTools(new TraceAnalyzer(redactor), clock);
        this.budget = new TokenBudget(properties.tokenBudget());
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
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
