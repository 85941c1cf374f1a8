package io.kubemate.tools.kube;

import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.report.Evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@code diagnose}: the causes found, strongest first (each with the evidence that proves it), what
 * was checked and found in order, the runbook of the first cause, then the pods, warning events and logs behind it.
 * The wording is the bot's (in the asker's language); this holds only facts.
 */
public record Diagnosis(ObjectRef target, List<ObjectRow> pods, List<Finding> findings, List<EventRow> warnings,
                        List<PodLogs> logs, List<Cause> causes, List<Fine> fine, String runbook) {

    public Diagnosis {
        pods = List.copyOf(pods);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
        logs = List.copyOf(logs);
        causes = List.copyOf(causes);
        fine = List.copyOf(fine);
    }

    public boolean healthy() {
        return causes.isEmpty();
    }

    public List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>();
        causes.forEach(c -> evidence.add(new Evidence(c.kind().key() + ": " + String.join(", ", c.args()), "diagnose", c.evidence())));
        findings.forEach(f -> evidence.add(new Evidence(f.kind() + " " + f.name() + ": " + f.problem(), "inspect", f.evidence())));
        if (!warnings.isEmpty()) {
            evidence.add(new Evidence("Warning events", "k8s_events", warnings.stream()
                    .map(e -> e.reason() + " " + e.objectKind() + "/" + e.objectName() + " ×" + e.count() + ": " + e.message())
                    .toList()));
        }
        logs.forEach(l -> evidence.addAll(l.evidence()));
        return evidence;
    }
}
