package io.kubemate.bot.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * {@code kubemate.web.*}: the console and HTTP API.
 *
 * @param userHeader     the header set by the identity proxy with the logged-in user id (e.g. {@code X-Forwarded-User});
 *                       when set, it is required and the body's {@code user} is ignored
 * @param userPrefix     prefix that turns the header's value (or the token's user claim) into a chat user id ({@code web:})
 * @param trustedProxies addresses (CIDRs) the identity header is accepted from; default the loopback addresses
 * @param devMode        allows the development login and the body's {@code user} on a non-loopback address, and an
 *                       audit log without a key; never in production
 * @param allowedOrigins origins besides the console's own that may call {@code /api} from a browser
 */
@ConfigurationProperties("kubemate.web")
public record WebProperties(@Nullable String userHeader, @Nullable String userPrefix, @Nullable List<String> trustedProxies,
                            @Bindable(defaultValue = "false") boolean devMode, @Nullable List<String> allowedOrigins) {

    static final List<String> LOOPBACK = List.of("127.0.0.1/32", "::1/128");

    public String prefix() {
        return userPrefix == null ? "web:" : userPrefix;
    }

    public boolean headerConfigured() {
        return userHeader != null && !userHeader.isBlank();
    }

    public List<String> proxies() {
        return trustedProxies == null || trustedProxies.isEmpty() ? LOOPBACK : trustedProxies;
    }

    public List<String> origins() {
        return allowedOrigins == null ? List.of() : allowedOrigins;
    }
}
