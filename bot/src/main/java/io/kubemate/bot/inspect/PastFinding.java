package io.kubemate.bot.inspect;

import io.kubemate.tools.inspect.Finding;

/** What is remembered of a finding between runs, enough to say what was fixed. */
public record PastFinding(String severity, String kind, String namespace, String name, String problem) {

    static PastFinding of(Finding finding) {
        return new PastFinding(finding.severityLabel(), finding.kind(), finding.namespace(), finding.name(), finding.problem());
    }
}
