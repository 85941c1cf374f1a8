package io.kubemate.knowledge;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Who is searching: {@code everything} (knowledge administrators and the command line), or a person who reads
 * {@code namespaces} (every namespace with {@code allNamespaces}) and holds the Kubemate Roles {@code roles}. A
 * document is found when it is public or shares a namespace or a role with the searcher.
 */
public record Audience(boolean everything, boolean allNamespaces, Set<String> namespaces, Set<String> roles) {

    public static final Audience EVERYTHING = new Audience(true, true, Set.of(), Set.of());
    public static final Audience PUBLIC_ONLY = new Audience(false, false, Set.of(), Set.of());

    public Audience {
        namespaces = Set.copyOf(namespaces);
        roles = Set.copyOf(roles);
    }

    public boolean sees(Visibility visibility) {
        return everything || visibility.isPublic()
                || (allNamespaces && !visibility.namespaces().isEmpty())
                || !Collections.disjoint(namespaces, visibility.namespaces())
                || !Collections.disjoint(roles, visibility.roles());
    }

    /** The visibility tokens of restricted documents this audience may find (all of them when {@code allNamespaces}: see {@link #sees}). */
    public List<String> tokens() {
        return new Visibility(namespaces, roles).tokens();
    }
}
