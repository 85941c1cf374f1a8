package io.kubemate.bot.identity;

import io.kubemate.tools.kube.Subject;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A chat user as Kubemate knows them: their Kubernetes subject and what their Kubemate roles grant. */
public record Person(String chatUser, String displayName, Subject subject, List<Grant> grants, boolean disabled) {

    public Person {
        grants = List.copyOf(grants);
    }

    public boolean may(String code, String namespace) {
        return Grant.anyAllows(grants, code, namespace);
    }

    /** The namespaces where a namespaced grant gives {@code code}; a cluster-wide grant is {@link #may}(code, null). */
    public Set<String> namespaces(String code) {
        return grants.stream().filter(g -> !g.clusterWide() && (g.codes().contains("*") || g.codes().contains(code)))
                .flatMap(g -> g.namespaces().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The names of the person's Kubemate Roles. */
    public Set<String> roles() {
        return grants.stream().map(Grant::role).collect(Collectors.toCollection(TreeSet::new));
    }
}
