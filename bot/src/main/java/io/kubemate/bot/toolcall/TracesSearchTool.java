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

/** {@code traces_search}: recent traces of a {@code service}, errors first, optionally above {@code min_duration}. */
@Singleton
final class TracesSearchTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("traces_search")
            .describe("Find traces of a service in Jaeger, slowest or failed first.", "在 Jaeger 中查找某个服务的链路，最慢或失败的优先。")
            .requiredString("service", "service name", "服务名称")
            .string("min_duration", "only traces slower than this, e.g. 500ms", "只看比这更慢的链路，例如 500ms")
            .string("since", "how far back, e.g. 1h", "回看多久，例如 1h")
            .commands("traces").positions("service", "min").target(TargetKind.QUERY)
            .build();

    static final String PERMISSION = "traces.read";

    private final Backends backends;
    private final TraceTools traces;
    private final TokenBudget budget;

    TracesSearchTool(Backends backends, Redactor redactor, Clock clock, ToolsProperties properties) {
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
        return Degraded.answer(traces.search(ok.value(), caller.scope(PERMISSION), args.string("service"),
                args.string("namespace"), args.duration("min_duration"), args.duration("since"), budget));
    }
}
