package io.kubemate.tools.kube;

import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.Untrusted;

import java.util.ArrayList;
import java.util.List;

/** The result of {@code diagnose}: the likely cause first, then the status, events and logs behind it. */
public record Diagnosis(ObjectRef target, List<ObjectRow> pods, List<Finding> findings, List<EventRow> warnings,
                        PodLogs logs, List<String> causes, String runbook) implements Reportable {

    public Diagnosis {
        pods = List.copyOf(pods);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        causes = List.copyOf(causes);
    }

    public boolean healthy() {
        return findings.isEmpty() && warnings.isEmpty();
    }

    @Override
    public String markdown() {
        StringBuilder out = new StringBuilder("**Diagnosis of ").append(target).append("**\n\n");
        out.append(healthy() ? "**Status:** healthy\n\n" : "**Likely cause:**\n");
        causes.forEach(cause -> out.append("- ").append(cause).append('\n'));
        if (runbook != null) {
            out.append("\nRunbook: `").append(runbook).append("`\n");
        }
        if (!pods.isEmpty()) {
            MarkdownTable table = new MarkdownTable("POD", "STATUS", "DETAIL", "AGE");
            pods.forEach(p -> table.row(p.name(), Untrusted.code(p.status()), Untrusted.code(p.detail()), p.age()));
            out.append('\n').append(table.render());
        }
        if (!warnings.isEmpty()) {
            out.append("\n**Warning events**\n");
            warnings.stream().limit(8).forEach(e -> out.append("- ").append(Untrusted.code(e.reason())).append(" (")
                    .append(e.objectName()).append(", ×").append(e.count()).append("): ").append(Untrusted.code(e.message())).append('\n'));
        }
        if (logs != null) {
            List<String> tail = logs.lines().subList(Math.max(0, logs.lines().size() - 15), logs.lines().size());
            out.append("\n**").append(logs.title()).append("**, last ").append(tail.size()).append(" lines\n\n")
                    .append(Untrusted.block("", tail));
        }
        return out.toString();
    }

    @Override
    public List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>();
        findings.forEach(f -> evidence.add(new Evidence(f.kind() + " " + f.name() + ": " + f.problem(), "inspect", f.evidence())));
        if (!warnings.isEmpty()) {
            evidence.add(new Evidence("Warning events", "k8s_events", warnings.stream()
                    .map(e -> e.reason() + " " + e.objectKind() + "/" + e.objectName() + " ×" + e.count() + ": " + e.message())
                    .toList()));
        }
        if (logs != null) {
            evidence.addAll(logs.evidence());
        }
        return evidence;
    }
}
