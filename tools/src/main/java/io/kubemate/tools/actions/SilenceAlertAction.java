package io.kubemate.tools.actions;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.alerts.Alert;
import io.kubemate.tools.alerts.AlertmanagerClient;
import io.kubemate.tools.alerts.Matcher;
import io.kubemate.tools.alerts.NewSilence;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.spec.TargetKind;
import io.kubemate.tools.spec.ToolSpec;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code silence_alert}: an Alertmanager silence (API v2) for matchers and a duration, with a comment naming
 * the person. The plan shows which alerts fire now under those matchers; Alertmanager has no dry run.
 */
@Singleton
public final class SilenceAlertAction implements Action {

    public static final ToolSpec SPEC = ToolSpec.action("silence_alert", Risk.WRITE, "alerts.silence")
            .describe("Propose an Alertmanager silence for an alert. Creates a proposal; executes nothing.",
                    "提议在 Alertmanager 中静默一个告警。只创建提议，不执行任何变更。")
            .string("alertname", "the alert's name", "告警名称")
            .string("matchers", "label matchers, e.g. alertname=X,namespace=Y", "标签匹配器，例如 alertname=X,namespace=Y")
            .string("duration", "how long, e.g. 1h (at most 7d)", "静默时长，例如 1h（最多 7d）")
            .string("comment", "why", "原因")
            .string("namespace", "only the alert's instances in this namespace", "只静默该命名空间中的告警")
            .commands("silence").positions("alertname", "duration").target(TargetKind.ALERT)
            .intentWords("silence", "mute", "静默", "屏蔽")
            .notForTheModel()
            .build();

    static final Duration MAX = Duration.ofDays(7);

    private final List<AlertmanagerClient> alertmanagers;
    private final Clock clock;

    public SilenceAlertAction(List<AlertmanagerClient> alertmanagers, Clock clock) {
        this.alertmanagers = List.copyOf(alertmanagers);
        this.clock = clock;
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public ActionPlan plan(KubernetesClient asUser, Map<String, Object> args) throws ActionRejected {
        AlertmanagerClient alertmanager = Alertmanagers.pick(alertmanagers, args);
        List<Matcher> matchers = SilenceMatchers.of(args);
        Duration duration = duration(args.get("duration"));
        Outcome<List<Alert>> firing = alertmanager.alerts(List.of());
        if (!(firing instanceof Outcome.Ok<List<Alert>> ok)) {
            throw new ActionRejected("Alertmanager " + alertmanager.name() + " could not be asked which alerts match: " + reason(firing));
        }
        List<Alert> matched = matching(matchers, ok.value());
        Map<String, Object> frozen = new LinkedHashMap<>();
        frozen.put("alertmanager", alertmanager.name());
        frozen.put("matchers", SilenceMatchers.text(matchers));
        frozen.put("duration", duration.toString());
        frozen.put("comment", args.get("comment") == null ? "" : args.get("comment").toString());
        frozen.put("created_by", Alertmanagers.createdBy(args));
        String namespace = SilenceMatchers.namespace(matchers);
        if (namespace != null) {
            frozen.put("namespace", namespace);
        }
        return new ActionPlan(name(), frozen, "silence " + SilenceMatchers.text(matchers) + " for " + human(duration) + "; "
                + firingNow(matched), "Alertmanager " + alertmanager.name());
    }

    @Override
    public String execute(KubernetesClient asUser, ActionPlan plan) throws ActionRejected {
        AlertmanagerClient alertmanager = Alertmanagers.pick(alertmanagers, plan.args());
        List<Matcher> matchers = SilenceMatchers.of(Map.of("matchers", plan.args().get("matchers")));
        Instant now = clock.instant();
        String comment = plan.args().get("comment").toString();
        NewSilence silence = new NewSilence(matchers, now, now.plus(Duration.parse(plan.args().get("duration").toString())),
                plan.args().get("created_by").toString(), comment.isBlank() ? "silenced through Kubemate ChatOps" : comment);
        Outcome<String> created = alertmanager.createSilence(silence);
        if (created instanceof Outcome.Ok<String> ok) {
            return "silence " + ok.value() + " created until " + silence.endsAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    + " (expire it with expire_silence " + ok.value() + ")";
        }
        throw new ActionRejected("Alertmanager " + alertmanager.name() + " refused the silence: " + reason(created));
    }

    static Duration duration(Object value) throws ActionRejected {
        if (value == null || value.toString().isBlank()) {
            return Duration.ofHours(1);
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        Duration duration;
        try {
            duration = text.startsWith("p") ? Duration.parse(text.toUpperCase(Locale.ROOT))
                    : Duration.parse(text.endsWith("d") ? "P" + text.toUpperCase(Locale.ROOT) : "PT" + text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new ActionRejected(Reason.of("silence.duration-invalid", value));
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX) > 0) {
            throw new ActionRejected(Reason.of("silence.duration-out-of-range", human(MAX), value));
        }
        return duration;
    }

    /**
     * The firing alerts the matchers cover; refused when they cover every one of several different alerts firing
     * now, which is a silence of everything under another spelling.
     */
    private static List<Alert> matching(List<Matcher> matchers, List<Alert> all) throws ActionRejected {
        List<Alert> matched = new ArrayList<>();
        for (Alert alert : all) {
            if (MatcherReach.matches(matchers, alert.labels())) {
                matched.add(alert);
            }
        }
        long names = all.stream().map(a -> String.valueOf(a.label("alertname"))).distinct().count();
        if (names > 1 && matched.size() == all.size()) {
            throw new ActionRejected(Reason.of("silence.matches-all-firing", all.size(), names));
        }
        return matched;
    }

    private static String firingNow(List<Alert> alerts) {
        List<Alert> active = alerts.stream().filter(a -> !a.silenced()).toList();
        if (active.isEmpty()) {
            return "no alert fires under these matchers right now";
        }
        Map<String, Integer> byName = new TreeMap<>();
        active.forEach(a -> byName.merge(String.valueOf(a.label("alertname")), 1, Integer::sum));
        return "matches " + active.size() + " firing alert" + (active.size() == 1 ? "" : "s") + " now: "
                + String.join(", ", byName.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).toList());
    }

    static String human(Duration duration) {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT).replace("pt", "");
    }

    static String reason(Outcome<?> outcome) {
        return switch (outcome) {
            case Outcome.Failure<?> f -> f.reason();
            case Outcome.Forbidden<?> f -> f.reason();
            case Outcome.NoData<?> n -> n.reason();
            case Outcome.Ok<?> ok -> "ok";
        };
    }
}
