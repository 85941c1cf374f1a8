package io.kubemate.tools.alerts;

import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.report.Untrusted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The result of {@code alerts_list}: one row per alertname, worst severity and most instances first. */
public record AlertSummary(String alertmanager, String namespace, List<AlertRow> rows, int hiddenOutOfScope,
                           Instant now, TokenBudget budget) implements Reportable {

    static final int SHOWN_VALUES = 4;

    public AlertSummary {
        rows = List.copyOf(rows);
    }

    public int firing() {
        return rows.stream().mapToInt(AlertRow::firing).sum();
    }

    public int muted() {
        return rows.stream().mapToInt(AlertRow::muted).sum();
    }

    @Override
    public String markdown() {
        String where = namespace == null ? "" : " in `" + namespace + "`";
        String heading = "**" + firing() + " alerts firing" + where + "** across " + rows.size() + " alertnames"
                + (muted() > 0 ? ", " + muted() + " silenced or inhibited" : "") + " (Alertmanager `" + alertmanager + "`)";
        MarkdownTable table = new MarkdownTable("ALERT", "SEVERITY", "FIRING", "SILENCED", "SINCE", "DIFFERS BY", "SUMMARY");
        rows.forEach(r -> table.row(Untrusted.code(r.alertname()), Untrusted.code(r.severity()), String.valueOf(r.firing()), String.valueOf(r.muted()),
                r.since() == null ? "?" : Ages.of(Duration.between(r.since(), now)) + " ago", Untrusted.code(differing(r.differing())),
                Untrusted.code(r.summary()) + (r.runbookUrl().isEmpty() ? "" : " runbook: " + Untrusted.code(r.runbookUrl()))));
        String footer = hiddenOutOfScope > 0
                ? "_(" + hiddenOutOfScope + " alerts in namespaces you cannot read, or without a namespace, are not shown)_" : "";
        return budget.fitTable(heading + "\n", table.render(), "alertnames", footer);
    }

    @Override
    public List<Evidence> evidence() {
        return rows.stream().map(r -> new Evidence(r.alertname() + " (" + r.severity() + ")", "alertmanager:" + alertmanager,
                        r.instances().stream().limit(20).toList()))
                .toList();
    }

    static String differing(Map<String, List<String>> differing) {
        return differing.entrySet().stream().map(e -> e.getKey() + ": " + values(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private static String values(List<String> values) {
        String shown = values.stream().limit(SHOWN_VALUES).collect(Collectors.joining(", "));
        return values.size() > SHOWN_VALUES ? shown + " (+" + (values.size() - SHOWN_VALUES) + ")" : shown;
    }
}
