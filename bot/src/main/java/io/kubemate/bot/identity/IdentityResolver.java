package io.kubemate.bot.identity;

import io.kubemate.tools.kube.Subject;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a chat user id ({@code platform:id}) to a person: first the static {@code kubemate.identity.users}
 * entries and the development login (all Kubemate permission codes; the API server's RBAC still applies), then
 * Kubemate User and Role objects in the cluster. Disabled users are not resolved.
 */
@Singleton
public final class IdentityResolver {

    private static final String SA_PREFIX = "system:serviceaccount:";

    private final Map<String, Subject> subjects = new HashMap<>();
    private final String devUser;
    private final Subject guest;
    private final KubemateDirectory directory;

    public IdentityResolver(IdentityProperties properties, KubemateDirectory directory) {
        this.directory = directory;
        this.devUser = properties.devUser() == null || properties.devUser().isBlank() ? null : properties.devUser().trim();
        this.guest = properties.guestUser() == null || properties.guestUser().isBlank() ? null : subjectOf(properties.guestUser().trim());
        for (String entry : properties.users() == null ? List.<String>of() : properties.users()) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new ConfigurationException("kubemate.identity.users entry '" + entry
                        + "' is not <platform>:<id>=<kubernetes user>");
            }
            subjects.put(entry.substring(0, eq).trim(), subjectOf(entry.substring(eq + 1).trim()));
        }
    }

    /** The enabled person behind {@code chatUser}, if Kubemate knows one; an unknown user is a guest when guests are configured. */
    public Optional<Person> person(String chatUser) {
        Optional<Person> found = find(chatUser);
        if (found.isEmpty() && guest != null && chatUser != null && !chatUser.isBlank()) {
            return Optional.of(new Person(chatUser, "guest", guest, List.of(Grant.GUEST), false));
        }
        return found.filter(p -> !p.disabled());
    }

    /** Why {@code chatUser} gets nothing: unknown, or a disabled Kubemate User. */
    public String refusal(String chatUser) {
        return find(chatUser).map(p -> "user '" + chatUser + "' (" + p.displayName() + ") is disabled in Kubemate")
                .orElse("unknown user '" + chatUser + "': ask an administrator to add it to a Kubemate User (chatIdentities)");
    }

    /** True when Kubemate knows {@code chatUser} but has disabled them. */
    public boolean disabled(String chatUser) {
        return find(chatUser).map(Person::disabled).orElse(false);
    }

    public Optional<Subject> resolve(String chatUser) {
        return person(chatUser).map(Person::subject);
    }

    private Optional<Person> find(String chatUser) {
        if (chatUser == null) {
            return Optional.empty();
        }
        if (chatUser.equals(devUser)) {
            return Optional.of(new Person(chatUser, "development login", Subject.ownCredentials(), List.of(Grant.EVERYTHING), false));
        }
        Subject configured = subjects.get(chatUser);
        if (configured != null) {
            return Optional.of(new Person(chatUser, chatUser, configured, List.of(Grant.EVERYTHING), false));
        }
        return directory.find(chatUser);
    }

    /** The console login to use when no SSO header is configured, if any. */
    public Optional<String> devUser() {
        return Optional.ofNullable(devUser);
    }

    public static Subject subjectOf(String user) {
        if (user.startsWith(SA_PREFIX)) {
            String[] parts = user.substring(SA_PREFIX.length()).split(":", 2);
            if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                return Subject.serviceAccount(parts[0], parts[1]);
            }
            throw new ConfigurationException("'" + user + "' is not system:serviceaccount:<namespace>:<name>");
        }
        return Subject.impersonating(user, List.of("system:authenticated"));
    }
}
