package io.kubemate.bot.toolcall;

import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.scope.NamespaceScope;

import java.util.function.BiPredicate;

/**
 * Who runs a read tool: the Kubernetes subject for cluster reads, and the Kubemate grants (permission code,
 * namespace) that limit what observability backends are asked, since those do not enforce Kubernetes RBAC.
 * A grant check with a null namespace is true only for cluster-wide grants.
 */
public record Caller(Subject subject, BiPredicate<String, String> may) {

    /** The command line and other callers holding the kubeconfig themselves: every namespace. */
    public static Caller unrestricted(Subject subject) {
        return new Caller(subject, (code, namespace) -> true);
    }

    /** The namespaces this caller may read with {@code code} (e.g. {@code logs.read}). */
    public NamespaceScope scope(String code) {
        return may.test(code, null) ? NamespaceScope.all() : NamespaceScope.of(namespace -> may.test(code, namespace));
    }
}
