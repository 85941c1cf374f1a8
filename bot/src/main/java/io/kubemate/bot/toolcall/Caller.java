package io.kubemate.bot.toolcall;

import io.kubemate.bot.identity.Person;
import io.kubemate.knowledge.Audience;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;

import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Who runs a read tool: the Kubernetes subject for cluster reads, and the Kubemate grants (permission code,
 * namespace) that limit what is read, since observability backends do not enforce Kubernetes RBAC and the bot
 * checks Kubernetes reads against the grants too. A grant check with a null namespace is true only for
 * cluster-wide grants. {@code namespaces} lists, per code, the namespaces of namespaced grants (null when unknown),
 * so queries can be narrowed to them; {@code audience} is which knowledge documents the caller finds.
 */
public record Caller(Subject subject, BiPredicate<String, String> may, Function<String, Set<String>> namespaces,
                     Audience audience) implements ReadAccess {

    /**
     * A caller known only by a grant check: queries without a namespace are refused rather than narrowed, and only
     * public knowledge documents are found unless the check grants {@code knowledge.ingest} cluster-wide.
     */
    public Caller(Subject subject, BiPredicate<String, String> may) {
        this(subject, may, code -> null, may.test(Person.KNOWLEDGE_ADMIN, null) ? Audience.EVERYTHING : Audience.PUBLIC_ONLY);
    }

    /** {@code person} reading as {@code subject}. */
    public static Caller of(Subject subject, Person person) {
        return new Caller(subject, person::may, person::namespaces, person.audience());
    }

    /** The command line and other callers holding the kubeconfig themselves: every namespace and document. */
    public static Caller unrestricted(Subject subject) {
        return new Caller(subject, (code, namespace) -> true);
    }

    /** The namespaces this caller may read with {@code code} (e.g. {@code logs.read}). */
    @Override
    public NamespaceScope scope(String code) {
        return may.test(code, null) ? NamespaceScope.all()
                : new NamespaceScope(false, namespace -> may.test(code, namespace), namespaces.apply(code));
    }
}
