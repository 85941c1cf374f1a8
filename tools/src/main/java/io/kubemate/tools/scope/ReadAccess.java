package io.kubemate.tools.scope;

/**
 * What a caller may read, per Kubemate permission code ({@code workloads.read}, {@code logs.read}, ...): the bot's
 * own check on top of the cluster's RBAC, for Kubernetes reads as for the observability backends.
 */
@FunctionalInterface
public interface ReadAccess {

    /** Everything: the command line and other callers holding the kubeconfig themselves. */
    ReadAccess ALL = code -> NamespaceScope.all();

    /** The namespaces readable with {@code code}; {@link NamespaceScope#everything()} for a cluster-wide grant. */
    NamespaceScope scope(String code);
}
