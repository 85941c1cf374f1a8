package io.kubemate.tools.inspect;

import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.Untrusted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** All findings of one run, most severe first, grouped by severity then namespace for chat. */
public record InspectionReport(String namespace, List<Finding> findings) implements Reportable {

    static final int MAX_SHOWN = 30;

    public InspectionReport {
        findings = findings.stream()
                .sorted(Comparator.comparing(Finding::severity)
                        .thenComparing(f -> Objects.toString(f.namespace(), ""))
                        .thenComparing(f -> Objects.toString(f.name(), ""))
                        // the analyzers come in no fixed order: a report must not change from run to run
                        .thenComparing(f -> Objects.toString(f.kind(), ""))
                        .thenComparing(Finding::check))
                .toList();
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    @Override
    public String markdown() {
        String where = namespace == null ? "all namespaces" : "namespace `" + namespace + "`";
        StringBuilder out = new StringBuilder("**Inspection of ").append(where).append("**: ")
                .append(count(Severity.CRITICAL)).append(" critical, ")
                .append(count(Severity.WARNING)).append(" warning, ")
                .append(count(Severity.INFO)).append(" info\n");
        if (findings.isEmpty()) {
            return out.append("\nNo problems found.\n").toString();
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        findings.stream().limit(MAX_SHOWN).forEach(f -> groups
                .computeIfAbsent(f.severity().label() + " · " + Objects.toString(f.namespace(), "cluster"), k -> new ArrayList<>())
                .add(f));
        groups.forEach((group, list) -> {
            out.append("\n**").append(group).append("**\n");
            list.forEach(f -> out.append("- ").append(f.kind()).append(" ").append(Untrusted.code(f.name())).append(": ")
                    .append(f.problem()).append(f.runbook() == null ? "" : " (runbook: " + f.runbook() + ")").append('\n')
                    .append(f.fix() == null ? "" : "  fix: `" + f.fix().replace('`', '\'') + "`\n"));
        });
        if (findings.size() > MAX_SHOWN) {
            out.append("\n(").append(findings.size() - MAX_SHOWN).append(" more findings not shown)\n");
        }
        return out.toString();
    }

    @Override
    public List<Evidence> evidence() {
        return findings.stream().limit(MAX_SHOWN)
                .map(f -> new Evidence(f.kind() + " " + (f.namespace() == null || f.namespace().isBlank() ? "" : f.namespace() + "/") + f.name(),
                        "inspect", f.evidence()))
                .toList();
    }
}
