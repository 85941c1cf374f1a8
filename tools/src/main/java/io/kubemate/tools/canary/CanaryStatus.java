package io.kubemate.tools.canary;

import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@code canary}: each canary the person may see, worst verdict first, with its split, the time since its
 * last step and the canary's against the stable's success rate and p99. {@link #markdown()} is the compact English
 * form; the bot words it in the asker's language.
 *
 * @param target what was asked about (a namespace, a split or route, a backend Service), or null for all
 */
public record CanaryStatus(String target, List<CanaryState> canaries) implements Reportable {

    public CanaryStatus {
        canaries = List.copyOf(canaries);
    }

    @Override
    public String markdown() {
        MarkdownTable table = new MarkdownTable("CANARY", "SPLIT", "LAST STEP", "SUCCESS (STABLE / CANARY)", "P99 (STABLE / CANARY)", "VERDICT");
        for (CanaryState s : canaries) {
            table.row(s.canary().ref(), s.canary().split(), s.sinceStep() == null ? "unknown" : Ages.of(s.sinceStep()) + " ago",
                    success(s.stable()) + " / " + success(s.canaryMetrics()), p99(s.stable()) + " / " + p99(s.canaryMetrics()),
                    s.verdict().verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + String.join("; ", s.verdict().reasons()));
        }
        return "**Canaries" + (target == null ? "" : " of `" + target + "`") + "**\n\n" + table.render();
    }

    public static String success(BackendMetrics m) {
        return m == null || m.successRate() == null ? "-" : CanaryVerdict.percent(m.successRate());
    }

    public static String p99(BackendMetrics m) {
        return m == null || m.p99Ms() == null ? "-" : String.format(Locale.ROOT, "%.0f ms", m.p99Ms());
    }

    public static String rate(BackendMetrics m) {
        return m == null ? "-" : String.format(Locale.ROOT, "%.2f/s", m.requestRate());
    }

    /** The weights as the objects state them, and the metrics' sources. */
    @Override
    public List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>();
        for (CanaryState s : canaries) {
            List<String> lines = new ArrayList<>();
            s.canary().backends().forEach(b -> lines.add("backend " + b.service() + " weight " + b.weight()));
            lines.add("last step: " + (s.canary().stepAt() == null ? "unknown" : s.canary().stepAt() + " (" + s.canary().stepSource().name()
                    .toLowerCase(Locale.ROOT) + ")"));
            for (BackendMetrics m : new BackendMetrics[]{s.stable(), s.canaryMetrics()}) {
                if (m != null) {
                    lines.add(m.source() + " " + m.workload() + ": " + rate(m) + ", success " + success(m) + ", p99 " + p99(m));
                }
            }
            if (s.metricsNote() != null) {
                lines.add("metrics: " + s.metricsNote());
            }
            evidence.add(new Evidence(s.canary().ref(), s.canary().apiVersion(), lines));
        }
        return evidence;
    }
}
