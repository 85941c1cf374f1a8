package io.kubemate.bot.web;

import io.kubemate.bot.chat.ChatFailure;
import io.kubemate.bot.identity.IdentityResolver;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Who is using the console. With OIDC or an identity header configured, only an authenticated identity: a valid
 * bearer token, or the header when the request comes from an allow-listed proxy; the body's {@code user} is ignored.
 * Without either (a loopback-only run, the sandbox, or dev mode: {@link ExposureCheck} refuses anything else), the
 * user named in the request, else the development login.
 */
@Singleton
public final class WebUser {

    private final WebProperties properties;
    private final IdentityResolver identities;
    private final BearerTokens tokens;
    private final TrustedProxies proxies;

    public WebUser(WebProperties properties, IdentityResolver identities, BearerTokens tokens) {
        this.properties = properties;
        this.identities = identities;
        this.tokens = tokens;
        this.proxies = new TrustedProxies(properties.proxies());
    }

    /** True when requests must carry an authenticated identity. */
    public boolean required() {
        return tokens.enabled() || properties.headerConfigured();
    }

    /** The user fixed by the server (authenticated identity or dev login), if any: the console then shows it read-only. */
    public Optional<String> fixed(HttpRequest<?> request) {
        return required() ? Optional.of(authenticated(request)) : identities.devUser();
    }

    /** The acting user: the authenticated identity when one is required, else {@code named} or the dev login. */
    public String of(HttpRequest<?> request, String named) {
        if (required()) {
            return authenticated(request);
        }
        if (named != null && !named.isBlank()) {
            return named.trim();
        }
        return identities.devUser().orElseThrow(() -> new ChatFailure(ChatFailure.Kind.BAD_INPUT, "user is missing"));
    }

    private String authenticated(HttpRequest<?> request) {
        String authorization = request.getHeaders().get("Authorization");
        if (tokens.enabled() && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return properties.prefix() + tokens.user(authorization.substring(7).trim());
        }
        if (properties.headerConfigured()) {
            String value = request.getHeaders().get(properties.userHeader());
            if (value != null && !value.isBlank()) {
                InetAddress from = request.getRemoteAddress().getAddress();
                if (from == null || !proxies.contains(from)) {
                    throw new Unauthenticated("the " + properties.userHeader() + " header is only accepted from the identity proxy "
                            + "(kubemate.web.trusted-proxies), not from " + request.getRemoteAddress().getHostString());
                }
                return properties.prefix() + value.trim();
            }
        }
        throw new Unauthenticated(tokens.enabled()
                ? "not logged in: send the identity provider's token as Authorization: Bearer"
                : "not logged in: the " + properties.userHeader() + " header from the identity proxy is missing");
    }
}
