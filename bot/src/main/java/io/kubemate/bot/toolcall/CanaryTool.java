package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.observe.Backends;
import io.kubemate.bot.observe.ToolsProperties;
import io.kubemate.tools.canary.CanaryReader;
import io.kubemate.tools.canary.CanaryStatus;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.Optional;

/** {@code canary}: canary releases' traffic split, time since the last step, canary vs stable metrics and a verdict. */
@Singleton
final class CanaryTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("canary")
            .describe("Canary releases (SMI TrafficSplit, HTTPRoute weights): split, time since the last step, canary vs stable success "
                            + "rate and p99, and a verdict (promote, hold, roll back) with the numbers.",
                    "金丝雀发布（SMI TrafficSplit、HTTPRoute 权重）：流量比例、距上一步多久、金丝雀与稳定版本的成功率和 p99，以及结论（推进、暂缓、回滚）和数字。")
            .string("target", "namespace, split/route or Service name; empty for all", "命名空间、split/route 或 Service 名称；为空则全部")
            .commands("canary", "canaries").positions("target").target(TargetKind.NAMESPACE)
            .build();

    private final CanaryReader reader;
    private final Backends backends;
    private final Messages messages;
    private final TokenBudget budget;

    CanaryTool(CanaryReader reader, Backends backends, Messages messages, ToolsProperties properties) {
        this.reader = reader;
        this.backends = backends;
        this.messages = messages;
        this.budget = new TokenBudget(properties.tokenBudget());
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        String target = args.string("target") != null ? args.string("target") : args.string("name") != null ? args.string("name")
                : args.string("namespace");
        Outcome<PrometheusClient> prometheus = backends.prometheus(args.string("endpoint"));
        Optional<PrometheusClient> client = prometheus instanceof Outcome.Ok<PrometheusClient> ok ? Optional.of(ok.value()) : Optional.empty();
        Outcome<CanaryStatus> outcome = reader.status(caller.subject(), caller, target, client);
        return outcome instanceof Outcome.Ok<CanaryStatus> ok ? Outcome.ok(new CanaryAnswer(ok.value(), reader.policy(), budget, messages)) : outcome;
    }
}
