package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.kubemate.tools.outcome.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs a check on each object; an object the check cannot read (missing fields) becomes an info finding. */
final class PerObject {

    private PerObject() {
    }

    static <T extends HasMetadata> List<Finding> check(String analyzer, List<T> objects, Function<T, List<Finding>> check) {
        List<Finding> findings = new ArrayList<>();
        for (T object : objects) {
            try {
                findings.addAll(check.apply(object));
            } catch (RuntimeException e) {
                findings.add(Finding.on(object, Severity.INFO, analyzer + "-unreadable",
                        Reason.of("finding.unreadable", analyzer, e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage())), List.of(), null));
            }
        }
        return findings;
    }
}
