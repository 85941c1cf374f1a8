package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.observe.Backends;
import io.kubemate.tools.canary.CanaryReader;
import io.kubemate.tools.canary.CanaryStatus;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.Optional;

/** {@code canary}: canary releases' traffic split, time since the last step, canary vs stable metrics and a verdict. */
@Singleton
final class CanaryTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("canary")
            .describe("Canary releases (SMI TrafficSplit, Gateway API HTTPRoute weights): the current split, how long since the last step, "
                            + "the canary's vs the stable's success rate and p99 latency (linkerd or Traefik metrics) and a verdict: "
                            + "promote, hold or roll back, with the numbers; of a namespace, of one split or route, or all.",
                    "金丝雀发布（SMI TrafficSplit、Gateway API HTTPRoute 权重）：当前流量比例、距上一步多久、金丝雀与稳定版本的成功率和 p99 延迟"
                            + "（linkerd 或 Traefik 指标）以及结论：推进、暂缓或回滚，附带数字；可按命名空间、某个 split/route 或全部查看。")
            .string("target", "a namespace, a TrafficSplit or HTTPRoute name, or a backend Service name; empty for all",
                    "命名空间、TrafficSplit 或 HTTPRoute 名称，或后端 Service 名称；为空则查看全部")
            .commands("canary", "canaries").positions("target").target(TargetKind.NAMESPACE)
            .build();

    private final CanaryReader reader;
    private final Backends backends;
    private final Messages messages;

    CanaryTool(CanaryReader reader, Backends backends, Messages messages) {
        this.reader = reader;
        this.backends = backends;
        this.messages = messages;
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
        return outcome instanceof Outcome.Ok<CanaryStatus> ok ? Outcome.ok(new CanaryAnswer(ok.value(), reader.policy(), messages)) : outcome;
    }
}
