package io.kubemate.bot.identity;

import java.util.List;
import java.util.Set;

/** What one Kubemate Role grants: permission codes ({@code *} for all), cluster-wide or in some namespaces. */
public record Grant(String role, boolean clusterWide, Set<String> namespaces, Set<String> codes) {

    public static final Grant EVERYTHING = new Grant("(all)", true, Set.of(), Set.of("*"));
    /** What a guest may do: read, everywhere the guest's Kubernetes identity may. */
    public static final Grant GUEST = new Grant("(guest)", true, Set.of(), Set.of("workloads.read", "logs.read", "alerts.read",
            "metrics.read", "traces.read", "inspections.read"));

    public Grant {
        namespaces = Set.copyOf(namespaces);
        codes = Set.copyOf(codes);
    }

    public boolean allows(String code, String namespace) {
        boolean coded = codes.contains("*") || codes.contains(code);
        return coded && (clusterWide || (namespace != null && namespaces.contains(namespace)));
    }

    static boolean anyAllows(List<Grant> grants, String code, String namespace) {
        return grants.stream().anyMatch(g -> g.allows(code, namespace));
    }
}
