package io.kubemate.bot.toolcall;

import io.kubemate.bot.observe.Backends;
import io.kubemate.bot.observe.ToolsProperties;
import io.kubemate.tools.alerts.AlertLister;
import io.kubemate.tools.alerts.AlertmanagerClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;

/** {@code alerts_list}: firing alerts grouped by alertname, in the namespaces the caller may read. */
@Singleton
final class AlertsListTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("alerts_list")
            .describe("Alerts firing now (Alertmanager), grouped by alert name.", "当前正在触发的告警（Alertmanager），按告警名分组。")
            .string("namespace", "only alerts of this namespace", "只看该命名空间的告警")
            .commands("alerts").positions("namespace").target(TargetKind.NAMESPACE)
            .build();

    static final String PERMISSION = "alerts.read";

    private final Backends backends;
    private final AlertLister lister;
    private final TokenBudget budget;

    AlertsListTool(Backends backends, Redactor redactor, Clock clock, ToolsProperties properties) {
        this.backends = backends;
        this.lister = new AlertLister(redactor, clock);
        this.budget = new TokenBudget(properties.tokenBudget());
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        Outcome<AlertmanagerClient> client = backends.alertmanager(args.string("endpoint"));
        if (!(client instanceof Outcome.Ok<AlertmanagerClient> ok)) {
            return Degraded.refusal(client);
        }
        return Degraded.answer(lister.list(ok.value(), caller.scope(PERMISSION), args.string("namespace"), budget));
    }
}
