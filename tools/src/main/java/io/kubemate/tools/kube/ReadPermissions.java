package io.kubemate.tools.kube;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.scope.ReadAccess;

import java.util.Optional;

/**
 * The Kubemate read permission each Kubernetes read needs, checked before the call on top of the cluster's RBAC
 * (defence in depth, as for actions): {@code logs.read} for container logs, {@code workloads.read} for objects of
 * every kind and their events; namespaced reads need the code in that namespace, cluster-scoped kinds (nodes,
 * namespaces, persistent volumes, storage classes) and whole-cluster inspections a cluster-wide grant.
 */
public final class ReadPermissions {

    public static final String WORKLOADS = "workloads.read";
    public static final String LOGS = "logs.read";
    public static final String INSPECTIONS = "inspections.read";

    private ReadPermissions() {
    }

    /** Forbidden unless {@code access} grants {@code code} in {@code namespace}, or cluster-wide when it is null. */
    public static <T> Optional<Outcome<T>> refusal(ReadAccess access, String code, String namespace) {
        if (namespace == null) {
            return access.scope(code).everything() ? Optional.empty()
                    : Optional.of(Outcome.forbidden(Reason.of("grant.cluster-wide-missing", code)));
        }
        return access.scope(code).allows(namespace) ? Optional.empty()
                : Optional.of(Outcome.forbidden(Reason.of("grant.missing", code, namespace)));
    }

    /** The refusal for reading {@code kind} in {@code namespace}: a cluster-scoped kind needs a cluster-wide grant. */
    static <T> Optional<Outcome<T>> refusal(ReadAccess access, ResourceKind kind, String namespace) {
        if (!kind.namespaced()) {
            return access.scope(WORKLOADS).everything() ? Optional.empty()
                    : Optional.of(Outcome.forbidden(Reason.of("grant.cluster-kind-missing", WORKLOADS, kind.label())));
        }
        return namespace == null ? Optional.empty() : refusal(access, WORKLOADS, namespace);
    }
}
