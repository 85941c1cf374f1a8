package io.kubemate.bot.identity;

import io.kubemate.knowledge.Audience;
import io.kubemate.tools.kube.Subject;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A chat user as Kubemate knows them: their Kubernetes subject and what their Kubemate roles grant. */
public record Person(String chatUser, String displayName, Subject subject, List<Grant> grants, boolean disabled) {

    /** The permission to ingest knowledge documents, which also lets one find every document. */
    public static final String KNOWLEDGE_ADMIN = "knowledge.ingest";

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

    /**
     * Which knowledge documents the person finds: everything for those who may ingest ({@code knowledge.ingest}
     * cluster-wide), otherwise public ones and those of the namespaces any of their Roles covers (all namespaces for
     * a cluster-wide Role) or of their Roles. A guest finds public documents only.
     */
    public Audience audience() {
        return new Audience(may(KNOWLEDGE_ADMIN, null), grants.stream().anyMatch(g -> g.clusterWide() && !g.equals(Grant.GUEST)),
                grants.stream().flatMap(g -> g.namespaces().stream()).collect(Collectors.toSet()), roles());
    }

    /** The names of the person's Kubemate Roles. */
    public Set<String> roles() {
        return grants.stream().map(Grant::role).collect(Collectors.toCollection(TreeSet::new));
    }
}
