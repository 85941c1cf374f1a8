package io.kubemate.bot.inspect;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.inspect.Severity;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.report.Chart;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An inspection report worded in a person's language: the same report as {@link TrackedReport#markdown()} (counts,
 * new / still present / fixed since the last run, findings grouped by severity and namespace), each problem in that
 * language where its check wrote it as keys, and each finding's fix as a command to copy.
 */
@Singleton
public final class InspectionWording {

    private static final int MAX_FIXED = 10;

    private final Messages messages;

    public InspectionWording(Messages messages) {
        this.messages = messages;
    }

    /** The chart of the findings over the last runs, its title and lines in {@code language}. */
    public Optional<Chart> chart(TrackedReport tracked, Language language) {
        return tracked.chart().map(chart -> new Chart(messages.get(language, "inspect.chart.title", tracked.history().size()),
                messages.get(language, "inspect.chart.unit"), chart.lines().stream()
                .map(line -> new Chart.Line(messages.get(language, "inspect.severity." + line.label()), line.points())).toList()));
    }

    /** The report in {@code language}; in English it is {@link TrackedReport#markdown()} with each fix under its finding. */
    public String markdown(TrackedReport tracked, Language language) {
        InspectionReport report = tracked.report();
        List<Finding> fresh = tracked.newFindings();
        List<Finding> recurring = report.findings().stream()
                .filter(f -> tracked.status().get(f.fingerprint()) == FindingStatus.RECURRING).toList();
        String where = report.namespace() == null ? messages.get(language, "inspect.title.all")
                : messages.get(language, "inspect.title.namespace", code(report.namespace()));
        StringBuilder out = new StringBuilder("**").append(where).append("**")
                .append(messages.get(language, "inspect.counts", report.count(Severity.CRITICAL), report.count(Severity.WARNING),
                        report.count(Severity.INFO)))
                .append(tracked.firstRun() ? messages.get(language, "inspect.first-run")
                        : messages.get(language, "inspect.changes", fresh.size(), recurring.size(), tracked.fixed().size()))
                .append(tracked.ignored() == 0 ? "" : messages.get(language, "inspect.ignored", tracked.ignored()))
                .append('\n');
        if (report.findings().isEmpty()) {
            out.append('\n').append(messages.get(language, "inspect.none")).append('\n');
        }
        int budget = section(language, out, tracked.firstRun() ? null : "inspect.new", fresh, TrackedReport.MAX_SHOWN);
        section(language, out, tracked.firstRun() ? null : "inspect.recurring", recurring, budget);
        if (!tracked.fixed().isEmpty()) {
            out.append("\n**").append(messages.get(language, "inspect.fixed")).append("**\n");
            tracked.fixed().stream().limit(MAX_FIXED).forEach(f -> out.append("- ")
                    .append(messages.get(language, "inspect.finding", f.kind(), code(f.name()), problem(language, f))).append('\n'));
        }
        if (report.findings().size() > TrackedReport.MAX_SHOWN) {
            out.append('\n').append(messages.get(language, "inspect.more", report.findings().size() - TrackedReport.MAX_SHOWN)).append('\n');
        }
        return out.toString();
    }

    private int section(Language language, StringBuilder out, String heading, List<Finding> findings, int budget) {
        if (findings.isEmpty() || budget <= 0) {
            return budget;
        }
        if (heading != null) {
            out.append("\n### ").append(messages.get(language, heading)).append('\n');
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        findings.stream().limit(budget).forEach(f -> groups.computeIfAbsent(group(language, f), k -> new ArrayList<>()).add(f));
        groups.forEach((group, list) -> {
            out.append("\n**").append(group).append("** (").append(list.size()).append(")\n");
            list.forEach(f -> finding(language, out, f));
        });
        return budget - Math.min(budget, findings.size());
    }

    private void finding(Language language, StringBuilder out, Finding f) {
        out.append("- ").append(messages.get(language, "inspect.finding", f.kind(), code(f.name()), problem(language, f)))
                .append(f.runbook() == null ? "" : messages.get(language, "inspect.runbook", code(f.runbook())))
                .append(" · ").append(code(f.fingerprint())).append('\n');
        if (f.fix() != null) {
            out.append("  - ").append(messages.get(language, "inspect.fix", code(f.fix()))).append('\n');
        }
    }

    private String group(Language language, Finding f) {
        String severity = messages.get(language, "inspect.severity." + f.severity().label());
        return severity + " · " + (f.namespace() == null ? messages.get(language, "inspect.cluster-wide") : f.namespace());
    }

    /** A finding's problem in the person's language where its check said it in keys. */
    public String problem(Language language, Finding f) {
        return said(language, f.why(), f.problem());
    }

    public String problem(Language language, PastFinding f) {
        return said(language, f.why(), f.problem());
    }

    /** Where the check said its problem as keys, their texts in the person's language; else its English text. */
    private String said(Language language, List<Reason> why, String english) {
        return why.isEmpty() ? english : why.stream().map(r -> messages.text(language, r)).collect(Collectors.joining());
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }
}
