package io.kubemate.bot.inspect;

import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.Severity;
import io.kubemate.tools.report.Chart;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** An inspection report with each finding marked new or recurring, and what was fixed since the last run. */
public record TrackedReport(InspectionReport report, Map<String, FindingStatus> status, List<PastFinding> fixed,
                            boolean firstRun, int ignored, List<RunCount> history) implements Reportable {

    static final int MAX_SHOWN = 30;

    public TrackedReport {
        status = Map.copyOf(status);
        fixed = List.copyOf(fixed);
        history = List.copyOf(history);
    }

    public TrackedReport(InspectionReport report, Map<String, FindingStatus> status, List<PastFinding> fixed, boolean firstRun,
                         int ignored) {
        this(report, status, fixed, firstRun, ignored, List.of());
    }

    /** The findings of the last runs by severity, once there are at least two runs to compare. */
    @Override
    public Optional<Chart> chart() {
        if (history.size() < 2) {
            return Optional.empty();
        }
        // English, for the model and the CLI; a person reads it through InspectionWording.chart in their language
        return Optional.of(new Chart("findings, last " + history.size() + " inspections", "findings", List.of(
                line(Severity.CRITICAL, RunCount::critical), line(Severity.WARNING, RunCount::warning), line(Severity.INFO, RunCount::info))));
    }

    private Chart.Line line(Severity severity, ToLongFunction<RunCount> count) {
        return new Chart.Line(severity.label(), history.stream().map(r -> new Chart.Point(r.at(), count.applyAsLong(r))).toList());
    }

    public List<Finding> newFindings() {
        return report.findings().stream().filter(f -> status.get(f.fingerprint()) == FindingStatus.NEW).toList();
    }

    @Override
    public String markdown() {
        String where = report.namespace() == null ? "all namespaces" : "namespace `" + report.namespace() + "`";
        List<Finding> fresh = newFindings();
        List<Finding> recurring = report.findings().stream().filter(f -> status.get(f.fingerprint()) == FindingStatus.RECURRING).toList();
        StringBuilder out = new StringBuilder("**Inspection of ").append(where).append("**: ")
                .append(report.count(Severity.CRITICAL)).append(" critical, ").append(report.count(Severity.WARNING))
                .append(" warning, ").append(report.count(Severity.INFO)).append(" info");
        out.append(firstRun ? " (first run)" : " — " + fresh.size() + " new, " + recurring.size() + " recurring, "
                + fixed.size() + " fixed since the last run");
        out.append(ignored == 0 ? "\n" : "; " + ignored + " ignored\n");
        if (report.findings().isEmpty()) {
            out.append("\nNo problems found.\n");
        }
        int budget = MAX_SHOWN;
        budget = section(out, firstRun ? null : "New since the last run", fresh, budget);
        section(out, firstRun ? null : "Still present", recurring, budget);
        if (!fixed.isEmpty()) {
            out.append("\n**Fixed since the last run**\n");
            fixed.stream().limit(10).forEach(f -> out.append("- ").append(f.kind()).append(" `").append(f.name()).append("`: ")
                    .append(f.problem()).append('\n'));
        }
        if (report.findings().size() > MAX_SHOWN) {
            out.append("\n(").append(report.findings().size() - MAX_SHOWN).append(" more findings not shown)\n");
        }
        return out.toString();
    }

    private static int section(StringBuilder out, String heading, List<Finding> findings, int budget) {
        if (findings.isEmpty() || budget <= 0) {
            return budget;
        }
        if (heading != null) {
            out.append("\n### ").append(heading).append('\n');
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        findings.stream().limit(budget).forEach(f -> groups
                .computeIfAbsent(f.severity().label() + " · " + Objects.toString(f.namespace(), "cluster"), k -> new ArrayList<>())
                .add(f));
        groups.forEach((group, list) -> {
            out.append("\n**").append(group).append("** (").append(list.size()).append(")\n");
            list.forEach(f -> out.append("- ").append(f.kind()).append(" `").append(f.name()).append("`: ").append(f.problem())
                    .append(f.runbook() == null ? "" : " — runbook `" + f.runbook() + "`")
                    .append(" · `").append(f.fingerprint()).append('`').append('\n'));
        });
        return budget - Math.min(budget, findings.size());
    }

    @Override
    public List<Evidence> evidence() {
        return report.evidence();
    }
}
