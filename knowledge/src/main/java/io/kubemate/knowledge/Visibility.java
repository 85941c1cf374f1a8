package io.kubemate.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Who may find an ingested document: everyone ({@link #PUBLIC}, the bundled runbooks and the default), or the
 * people who may read one of {@code namespaces} or hold one of the Kubemate Roles {@code roles}. Stored with every
 * chunk, as tokens ({@code ns:<name>}, {@code role:<name>}), so a store can filter by them.
 */
public record Visibility(Set<String> namespaces, Set<String> roles) {

    public static final Visibility PUBLIC = new Visibility(Set.of(), Set.of());
    private static final Pattern NAMESPACE_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    public static final String NAMESPACE_PREFIX = "ns:";
    static final String ROLE = "role:";

    public Visibility {
        namespaces = Set.copyOf(new TreeSet<>(namespaces));
        roles = Set.copyOf(new TreeSet<>(roles));
    }

    /**
     * The visibility an administrator asked for, names checked: namespaces are DNS-1123 labels, roles Kubemate Role
     * names (DNS-1123 subdomains); blank entries are ignored, a bad one is refused naming it.
     */
    public static Visibility of(Collection<String> namespaces, Collection<String> roles) {
        return new Visibility(checked(namespaces, NAMESPACE_NAME, "namespace"), checked(roles, ROLE_NAME, "role"));
    }

    private static Set<String> checked(Collection<String> names, Pattern pattern, String what) {
        Set<String> out = new TreeSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            String trimmed = name == null ? "" : name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!pattern.matcher(trimmed).matches() || trimmed.length() > 253) {
                throw new IllegalArgumentException("`" + trimmed + "` is not a valid " + what + " name");
            }
            out.add(trimmed);
        }
        return out;
    }

    public boolean isPublic() {
        return namespaces.isEmpty() && roles.isEmpty();
    }

    /** The stored form: one token per namespace and role, none for a public document. */
    public List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        new TreeSet<>(namespaces).forEach(n -> tokens.add(NAMESPACE_PREFIX + n));
        new TreeSet<>(roles).forEach(r -> tokens.add(ROLE + r));
        return tokens;
    }

    public static Visibility ofTokens(Collection<String> tokens) {
        Set<String> namespaces = new TreeSet<>();
        Set<String> roles = new TreeSet<>();
        for (String token : tokens) {
            if (token.startsWith(NAMESPACE_PREFIX)) {
                namespaces.add(token.substring(NAMESPACE_PREFIX.length()));
            } else if (token.startsWith(ROLE)) {
                roles.add(token.substring(ROLE.length()));
            }
        }
        return new Visibility(namespaces, roles);
    }

    @Override
    public String toString() {
        return isPublic() ? "public" : String.join(" ", tokens());
    }
}
