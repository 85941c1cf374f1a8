package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.tools.canary.BackendMetrics;
import io.kubemate.tools.canary.Canary;
import io.kubemate.tools.canary.CanaryPolicy;
import io.kubemate.tools.canary.CanaryState;
import io.kubemate.tools.canary.CanaryStatus;
import io.kubemate.tools.inspect.RunbookIds;
import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.TokenBudget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code canary} result worded in the asker's language: per canary, worst verdict first, its split, the time since
 * its last step and the ladder's next step, stable's and canary's metrics, and the verdict with the comparisons that
 * decided it; the canary runbook and the commands that change the weights. Facts from the cluster are shown as code.
 */
record CanaryAnswer(CanaryStatus status, CanaryPolicy policy, TokenBudget budget, Messages messages) implements LocalizedReport {

    @Override
    public String markdown(Language language) {
        String title = "**" + (status.target() == null ? messages.get(language, "canary.title")
                : messages.get(language, "canary.title.of", status.target())) + "**";
        List<String> canaries = status.canaries().stream().map(s -> canary(language, s).stripTrailing()).toList();
        String runbook = messages.get(language, "canary.runbook", RunbookIds.CANARY, status.canaries().getFirst().canary().name());
        // worst verdict first, so what the budget cuts is the healthiest
        return budget.fit(List.of(title, ""), canaries, "canaries", List.of("", runbook));
    }

    private String canary(Language language, CanaryState s) {
        Canary c = s.canary();
        StringBuilder out = new StringBuilder("- ");
        if (!c.twoBackends()) {
            return out.append(messages.get(language, "canary.split.many", code(c.ref()), code(c.split()), c.backends().size())).append('\n').toString();
        }
        String step = s.sinceStep() == null ? messages.get(language, "canary.step.unknown")
                : messages.get(language, "canary.step.at", Ages.of(s.sinceStep()), code(String.valueOf(c.stepAt())),
                messages.get(language, "canary.step.source." + c.stepSource().name().toLowerCase(Locale.ROOT)));
        String next = s.next() == null ? messages.get(language, "canary.ladder.done")
                : messages.get(language, "canary.ladder.next", s.next(), ladder());
        out.append(messages.get(language, "canary.split", code(c.ref()), code(c.stable().service()), 100 - c.canaryPercent(),
                code(c.canary().service()), c.canaryPercent())).append(gap(language)).append(step).append(gap(language)).append(next).append('\n');
        out.append("  - ").append(metrics(language, "canary.role.stable", s.stable())).append('\n');
        out.append("  - ").append(metrics(language, "canary.role.canary", s.canaryMetrics())).append('\n');
        if (s.metricsNote() != null) {
            out.append("  - ").append(messages.get(language, "canary.metrics.note", s.metricsNote())).append('\n');
        }
        out.append("  - ").append(messages.get(language, "canary.verdict." + s.verdict().verdict().name().toLowerCase(Locale.ROOT)))
                .append(gap(language)).append(String.join(messages.get(language, "canary.separator"), reasons(language, s))).append('\n');
        return out.toString();
    }

    private String metrics(Language language, String role, BackendMetrics m) {
        return m == null ? messages.get(language, "canary.metrics.none", messages.get(language, role))
                : messages.get(language, "canary.metrics", messages.get(language, role), code(m.workload()), CanaryStatus.success(m),
                CanaryStatus.p99(m), CanaryStatus.rate(m), m.source());
    }

    /** The comparisons the verdict rests on, worded from the numbers rather than from the verdict's English reasons. */
    private List<String> reasons(Language language, CanaryState s) {
        List<String> out = new ArrayList<>();
        BackendMetrics canary = s.canaryMetrics();
        BackendMetrics stable = s.stable();
        if (canary == null || canary.successRate() == null) {
            out.add(messages.get(language, "canary.reason.no-data"));
            return out;
        }
        if (canary.requestRate() < policy.minRequestRate()) {
            out.add(messages.get(language, "canary.reason.little-traffic", CanaryStatus.rate(canary), fmt("%.2f/s", policy.minRequestRate())));
            return out;
        }
        double base = stable == null || stable.errorRate() == null ? 0 : stable.errorRate();
        out.add(messages.get(language, "canary.reason.errors", fmt("%.2f%%", canary.errorRate() * 100),
                stable == null || stable.errorRate() == null ? "-" : fmt("%.2f%%", base * 100),
                fmt("%+.1f", (canary.errorRate() - base) * 100), fmt("%.1f", policy.maxErrorRateDelta() * 100)));
        if (canary.p99Ms() != null && stable != null && stable.p99Ms() != null && stable.p99Ms() > 0) {
            out.add(messages.get(language, "canary.reason.latency", CanaryStatus.p99(canary), CanaryStatus.p99(stable),
                    fmt("%.2f", canary.p99Ms() / stable.p99Ms()), fmt("%.2f", policy.maxP99Ratio())));
        }
        return out;
    }

    /** Between sentences: a space in English, nothing after Chinese punctuation. */
    private static String gap(Language language) {
        return language == Language.EN ? " " : "";
    }

    private String ladder() {
        return String.join(" → ", policy.ladder().stream().map(p -> p + "%").toList());
    }

    private static String fmt(String format, double value) {
        return String.format(Locale.ROOT, format, value);
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    @Override
    public String markdown() {
        return markdown(Language.EN);
    }

    @Override
    public List<Evidence> evidence() {
        return status.evidence();
    }
}
