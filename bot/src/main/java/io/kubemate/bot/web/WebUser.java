package io.kubemate.bot.web;

import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.identity.IdentityResolver;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Who is using the console: the SSO header when one is configured (the body cannot override it), else the
 * user named in the request, else the development login.
 */
@Singleton
public final class WebUser {

    private final WebProperties properties;
    private final IdentityResolver identities;

    public WebUser(WebProperties properties, IdentityResolver identities) {
        this.properties = properties;
        this.identities = identities;
    }

    /** The user fixed by the server (SSO header or dev login), if any: the console then shows it read-only. */
    public Optional<String> fixed(HttpRequest<?> request) {
        if (properties.userHeader() != null && !properties.userHeader().isBlank()) {
            return Optional.ofNullable(request.getHeaders().get(properties.userHeader()))
                    .filter(v -> !v.isBlank())
                    .map(v -> properties.prefix() + v.trim());
        }
        return identities.devUser();
    }

    public String of(HttpRequest<?> request, String bodyUser) {
        if (properties.userHeader() != null && !properties.userHeader().isBlank()) {
            return fixed(request).orElseThrow(() -> new ChatFailure(ChatFailure.Kind.UNKNOWN_USER,
                    "not logged in: the " + properties.userHeader() + " header from the SSO proxy is missing"));
        }
        if (bodyUser != null && !bodyUser.isBlank()) {
            return bodyUser.trim();
        }
        return identities.devUser().orElseThrow(() -> new ChatFailure(ChatFailure.Kind.BAD_INPUT, "user is missing"));
    }
}
