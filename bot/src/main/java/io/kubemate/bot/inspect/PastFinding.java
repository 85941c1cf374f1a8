package io.kubemate.bot.inspect;

import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.outcome.Reason;

import java.util.List;

/**
 * What is remembered of a finding between runs, enough to say what was fixed: {@code problem} in English and, when
 * the check said it as message keys, {@code why}, so a person reads it in their language (empty in older records).
 */
public record PastFinding(String severity, String kind, String namespace, String name, String problem, List<Reason> why) {

    public PastFinding {
        why = why == null ? List.of() : List.copyOf(why);
    }

    static PastFinding of(Finding finding) {
        return new PastFinding(finding.severityLabel(), finding.kind(), finding.namespace(), finding.name(), finding.problem(),
                finding.why());
    }
}
