package io.kubemate.tools.inspect;

import io.kubemate.tools.outcome.Reason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the findings one check made on one object into one: they share a fingerprint, so two would be one
 * problem counted twice. The most severe leads; the others' problems join the evidence.
 */
final class OnePerCheck {

    private OnePerCheck() {
    }

    static List<Finding> of(List<Finding> findings) {
        Map<String, List<Finding>> byKey = new LinkedHashMap<>();
        findings.forEach(f -> byKey.computeIfAbsent(f.check() + "\n" + f.kind() + "\n" + f.namespace() + "\n" + f.name(),
                k -> new ArrayList<>()).add(f));
        return byKey.values().stream().map(OnePerCheck::fold).toList();
    }

    private static Finding fold(List<Finding> same) {
        if (same.size() == 1) {
            return same.getFirst();
        }
        Finding lead = same.stream().min((a, b) -> a.severity().compareTo(b.severity())).orElseThrow();
        List<String> evidence = new ArrayList<>(lead.evidence());
        same.stream().filter(f -> f != lead).forEach(f -> {
            evidence.add(f.problem());
            evidence.addAll(f.evidence());
        });
        return new Finding(lead.severity(), lead.check(), lead.kind(), lead.namespace(), lead.name(), lead.problem(),
                evidence.stream().distinct().toList(), lead.runbook(), lead.cluster(), null, lead.why())
                .and(Reason.of("finding.and-more", same.size() - 1));
    }
}
