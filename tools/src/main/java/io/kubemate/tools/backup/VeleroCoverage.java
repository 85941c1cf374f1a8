package io.kubemate.tools.backup;

import io.kubemate.tools.scope.NamespaceScope;

import java.util.List;

/**
 * Tenancy of Velero objects: they live in Velero's own namespace but belong to the namespaces they back up. A person
 * sees a Schedule or Backup only when they may read every namespace it includes; one covering all namespaces (none
 * listed, or {@code *}) needs a cluster-wide grant.
 */
public final class VeleroCoverage {

    private VeleroCoverage() {
    }

    public static boolean allNamespaces(List<String> included) {
        return included.isEmpty() || included.contains("*");
    }

    public static boolean visible(List<String> included, NamespaceScope scope) {
        return allNamespaces(included) ? scope.everything() : included.stream().allMatch(scope::allows);
    }

    /** Whether a backup of {@code included} covers {@code namespace}. */
    public static boolean covers(List<String> included, String namespace) {
        return allNamespaces(included) || included.contains(namespace);
    }

    public static String label(List<String> included) {
        return allNamespaces(included) ? "all namespaces" : String.join(", ", included);
    }
}
