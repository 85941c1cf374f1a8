package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.alerts.AlertmanagerClient;
import io.kubemate.tools.alerts.Silence;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code expire_silence}: ends an active or pending Alertmanager silence now, so its alerts notify again. */
@Singleton
public final class ExpireSilenceAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("expire_silence", Risk.WRITE, "alerts.silence")
            .describe("Propose ending an Alertmanager silence early. Creates a proposal; executes nothing.",
                    "提议提前结束一个 Alertmanager 静默。只创建提议，不执行任何变更。")
            .string("silence_id", "the silence's id", "静默的 ID")
            .string("alertname", "the silenced alert's name, when the id is not known", "不知道 ID 时被静默的告警名称")
            .commands("unsilence").positions("silence_id").target(TargetKind.SILENCE)
            .intentWords("expire", "unsilence", "unmute", "取消静默", "解除静默", "静默取消")
            .undoes("silence_alert")
            .notForTheModel()
            .build();

    private final List<AlertmanagerClient> alertmanagers;

    public ExpireSilenceAction(List<AlertmanagerClient> alertmanagers) {
        this.alertmanagers = List.copyOf(alertmanagers);
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        AlertmanagerClient alertmanager = Alertmanagers.pick(alertmanagers, args);
        String id = WorkloadTarget.text(args, name(), "silence_id");
        Outcome<List<Silence>> silences = alertmanager.silences();
        if (!(silences instanceof Outcome.Ok<List<Silence>> ok)) {
            throw new ActionRejected("Alertmanager " + alertmanager.name() + " could not list its silences: " + SilenceAlertAction.reason(silences));
        }
        Silence silence = ok.value().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new ActionRejected(Reason.of("silence.not-found", id, alertmanager.name())));
        if ("expired".equals(silence.state())) {
            throw new ActionRejected(Reason.of("silence.already-expired", id));
        }
        Map<String, Object> frozen = new LinkedHashMap<>();
        frozen.put("alertmanager", alertmanager.name());
        frozen.put("silence_id", id);
        String namespace = SilenceMatchers.namespace(silence.matchers());
        if (namespace != null) {
            frozen.put("namespace", namespace);
        }
        return new ActionPlan(name(), frozen, "expire silence " + id + " (" + SilenceMatchers.text(silence.matchers()) + ", by "
                + silence.createdBy() + ", " + silence.state() + " until " + silence.endsAt() + ")", "Alertmanager " + alertmanager.name())
                .withChecks(Map.of("matchers", SilenceMatchers.text(silence.matchers()), "endsAt", String.valueOf(silence.endsAt()),
                        "active", !"expired".equals(silence.state())), List.of());
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        AlertmanagerClient alertmanager = Alertmanagers.pick(alertmanagers, plan.args());
        Outcome<String> expired = alertmanager.expireSilence(plan.args().get("silence_id").toString());
        if (expired instanceof Outcome.Ok<String>) {
            return "silence " + plan.args().get("silence_id") + " expired; its alerts notify again";
        }
        throw new ActionRejected("Alertmanager " + alertmanager.name() + " did not expire the silence: " + SilenceAlertAction.reason(expired));
    }
}
