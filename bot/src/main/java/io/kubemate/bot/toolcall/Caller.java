package io.kubemate.bot.toolcall;

import io.kubemate.bot.identity.Person;
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
 * so queries can be narrowed to them; {@code roles} are the Kubemate Role names, for role-scoped documents.
 */
public record Caller(Subject subject, BiPredicate<String, String> may, Function<String, Set<String>> namespaces,
                     Set<String> roles) implements ReadAccess {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** A caller known only by a grant check: queries without a namespace are refused rather than narrowed. */
    public Caller(Subject subject, BiPredicate<String, String> may) {
        this(subject, may, code -> null, Set.of());
    }

    /** {@code person} reading as {@code subject}. */
    public static Caller of(Subject subject, Person person) {
        return new Caller(subject, person::may, person::namespaces, person.roles());
    }

    /** The command line and other callers holding the kubeconfig themselves: every namespace. */
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
