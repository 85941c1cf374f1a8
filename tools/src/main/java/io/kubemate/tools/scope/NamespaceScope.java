package io.kubemate.tools.scope;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The namespaces a caller may read through the observability tools. Queries for other namespaces are refused
 * before anything is sent; results without a namespace are shown only to callers who may read every namespace.
 * {@code listed} names the readable namespaces when they are known one by one (null when only the predicate is
 * known), so a query can be narrowed to them rather than refused.
 */
public record NamespaceScope(boolean everything, Predicate<String> readable, Set<String> listed) {

    public NamespaceScope {
        listed = listed == null ? null : Set.copyOf(listed);
    }

    public NamespaceScope(boolean everything, Predicate<String> readable) {
        this(everything, readable, null);
    }

    public static NamespaceScope all() {
        return new NamespaceScope(true, ns -> true, null);
    }

    public static NamespaceScope only(Set<String> namespaces) {
        Set<String> copy = Set.copyOf(namespaces);
        return new NamespaceScope(false, copy::contains, copy);
    }

    public static NamespaceScope of(Predicate<String> readable) {
        return new NamespaceScope(false, readable, null);
    }

    public boolean allows(String namespace) {
        if (namespace == null || namespace.isBlank()) {
            return everything;
        }
        return everything || readable.test(namespace);
    }

    /** The readable namespaces one by one, when they are known; empty for a predicate-only or an everything scope. */
    public Optional<Set<String>> namespaces() {
        return everything ? Optional.empty() : Optional.ofNullable(listed);
    }
}
