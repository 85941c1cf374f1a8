package io.kubemate.bot.toolcall;

import io.kubemate.bot.observe.Backends;
import io.kubemate.bot.observe.ToolsProperties;
import io.kubemate.tools.alerts.AlertmanagerClient;
import io.kubemate.tools.alerts.SilenceLister;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;

/** {@code silences_list}: active and pending silences (expired ones with {@code expired=true}). */
@Singleton
final class SilencesListTool implements ReadTool {

    static final ToolSpec SPEC = ToolSpec.read("silences_list")
            .describe("Active and pending Alertmanager silences.", "生效中和待生效的 Alertmanager 静默。")
            .commands("silences").positions("namespace").target(TargetKind.NAMESPACE)
            .build();

    private final Backends backends;
    private final SilenceLister lister;
    private final TokenBudget budget;

    SilencesListTool(Backends backends, Redactor redactor, Clock clock, ToolsProperties properties) {
        this.backends = backends;
        this.lister = new SilenceLister(redactor, clock);
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
        return Degraded.answer(lister.list(ok.value(), caller.scope(AlertsListTool.PERMISSION), args.string("namespace"),
                args.flag("expired"), budget));
    }
}
