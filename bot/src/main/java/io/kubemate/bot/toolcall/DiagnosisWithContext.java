package io.kubemate.bot.toolcall;

import io.kubemate.bot.chat.Language;
import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.report.Evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * A diagnosis from the cluster, followed by what the other sources say about the object: firing alerts, error log
 * patterns and golden metrics. A section whose source is not configured is absent; one that failed or did not answer
 * in time is named as left out; the cluster diagnosis always stands on its own. Worded in the asker's language by
 * the {@link DiagnosisRenderer}.
 */
record DiagnosisWithContext(Diagnosis diagnosis, List<Section> sections, List<LeftOut> leftOut, DiagnosisRenderer renderer)
        implements LocalizedReport {

    /**
     * One related finding: its heading ({@code diagnose.section.<key>}), its lines (already redacted; none means the
     * source had nothing to report, shown as {@code diagnose.fine.<fineKey>}) and the evidence behind it.
     */
    record Section(String key, List<String> lines, List<Evidence> evidence, String fineKey, List<String> fineArgs) {

        Section {
            lines = List.copyOf(lines);
            evidence = List.copyOf(evidence);
            fineArgs = List.copyOf(fineArgs);
        }

        Section(String key, List<String> lines, List<Evidence> evidence) {
            this(key, lines, evidence, null, List.of());
        }
    }

    /** A source that failed or had not answered by the turn's deadline ({@code diagnose.source.<key>}). */
    record LeftOut(String key, String reason) {
    }

    DiagnosisWithContext {
        sections = List.copyOf(sections);
        leftOut = List.copyOf(leftOut);
    }

    @Override
    public String markdown(Language language) {
        return renderer.render(this, language, true);
    }

    /** The compact English form, for the model and other readers without a language. */
    @Override
    public String markdown() {
        return renderer.render(this, Language.EN, false);
    }

    @Override
    public List<Evidence> evidence() {
        List<Evidence> all = new ArrayList<>(diagnosis.evidence());
        sections.forEach(section -> all.addAll(section.evidence()));
        return all;
    }
}
