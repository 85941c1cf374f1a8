package io.kubemate.tools.scope;

import java.util.Set;
import java.util.function.Predicate;

/**
 * The namespaces a caller may read through the observability tools. Queries for other namespaces are refused
 * before anything is sent; results without a namespace are shown only to callers who may read every namespace.
 */
public record NamespaceScope(boolean everything, Predicate<String> readable) {

    public static NamespaceScope all() {
        return new NamespaceScope(true, ns -> true);
    }

    public static NamespaceScope only(Set<String> namespaces) {
        Set<String> copy = Set.copyOf(namespaces);
        return new NamespaceScope(false, copy::contains);
    }

    public static NamespaceScope of(Predicate<String> readable) {
        return new NamespaceScope(false, readable);
    }

    public boolean allows(String namespace) {
        if (namespace == null || namespace.isBlank()) {
            return everything;
        }
        return everything || readable.test(namespace);
    }
}
