package io.kubemate.bot.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * {@code kubemate.identity.*}: who a chat user is in Kubernetes.
 *
 * @param users   {@code <platform>:<id>=<kubernetes user>} entries, e.g.
 *                {@code web:zhangsan=system:serviceaccount:kubemate-users:u-zhangsan}; a service-account user is
 *                impersonated with its service-account groups
 * @param devUser a console login that acts with the bot's own credentials, for local development only
 * @param guestUser when set, chat users Kubemate does not know act as this Kubernetes user with read-only
 *                  Kubemate permissions (never a change); empty: unknown users are refused
 */
@ConfigurationProperties("kubemate.identity")
public record IdentityProperties(@Nullable List<String> users, @Nullable String devUser, @Nullable String guestUser) {
}
