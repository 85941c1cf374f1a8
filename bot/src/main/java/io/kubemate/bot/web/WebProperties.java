package io.kubemate.bot.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code kubemate.web.*}: the console and HTTP API.
 *
 * @param userHeader the header set by the enterprise SSO proxy with the logged-in user id (e.g.
 *                   {@code X-Forwarded-User}); when set, it is required and the body's {@code user} is ignored
 * @param userPrefix prefix that turns the header's value into a chat user id (default {@code web:})
 */
@ConfigurationProperties("kubemate.web")
public record WebProperties(@Nullable String userHeader, @Nullable String userPrefix) {

    public String prefix() {
        return userPrefix == null ? "web:" : userPrefix;
    }
}
