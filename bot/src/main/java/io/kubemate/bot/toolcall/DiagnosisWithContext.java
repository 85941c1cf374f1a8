package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;

import java.util.ArrayList;
import java.util.List;

/**
 * A workload's diagnosis from the cluster, followed by what the other sources say about it: firing alerts, error
 * log patterns, golden metrics and the matching runbook. A section whose source is not configured or failed
 * is left out; the cluster diagnosis always stands on its own.
 */
record DiagnosisWithContext(Diagnosis diagnosis, List<Section> sections) implements Reportable {

    /** One related finding: a heading, its lines (already redacted) and the evidence behind it. */
    record Section(String heading, List<String> lines, List<Evidence> evidence) {

        Section {
            lines = List.copyOf(lines);
            evidence = List.copyOf(evidence);
        }
    }

    DiagnosisWithContext {
        sections = List.copyOf(sections);
    }

    @Override
    public String markdown() {
        StringBuilder md = new StringBuilder(diagnosis.markdown());
        for (Section section : sections) {
            md.append("\n\n**").append(section.heading()).append("**\n");
            section.lines().forEach(line -> md.append("\n- ").append(line));
        }
        return md.toString();
    }

    @Override
    public List<Evidence> evidence() {
        List<Evidence> all = new ArrayList<>(diagnosis.evidence());
        sections.forEach(section -> all.addAll(section.evidence()));
        return all;
    }
}
