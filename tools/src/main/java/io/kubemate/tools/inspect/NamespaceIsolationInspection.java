package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Namespaces with workloads but no NetworkPolicy at all: every pod there accepts traffic from anywhere. */
@Singleton
public final class NamespaceIsolationInspection implements Inspection {

    static final Set<String> SYSTEM = Set.of("kube-system", "kube-public", "kube-node-lease");

    @Override
    public String id() {
        return "namespace-isolation";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        Set<String> withPolicy = scope.list(NetworkPolicy.class).stream().map(np -> np.getMetadata().getNamespace())
                .collect(Collectors.toSet());
        Set<String> withPods = scope.pods().stream().map(p -> p.getMetadata().getNamespace()).collect(Collectors.toSet());
        return scope.list(Namespace.class).stream()
                .filter(ns -> scope.namespace() == null || scope.namespace().equals(ns.getMetadata().getName()))
                .filter(ns -> !SYSTEM.contains(ns.getMetadata().getName()))
                .filter(ns -> withPods.contains(ns.getMetadata().getName()) && !withPolicy.contains(ns.getMetadata().getName()))
                .map(ns -> Finding.on(ns, Severity.WARNING, "namespace-no-networkpolicy", Reason.of("finding.namespace-no-networkpolicy"),
                        List.of("0 NetworkPolicies in " + ns.getMetadata().getName()), RunbookIds.NETWORK_POLICY))
                .toList();
    }
}
