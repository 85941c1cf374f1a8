package io.kubemate.bot.chat.platform.alert;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * {@code kubemate.alertmanager-webhook.*}: the Alertmanager receiver.
 *
 * @param bearerToken token Alertmanager sends ({@code http_config.authorization.credentials}); empty accepts any
 * @param routes      {@code "<label>=<value>,… -> <platform>:<workspace>:<channel>"}, and {@code "* -> …"} as fallback
 * @param language    {@code en} or {@code zh}, the language of notifications
 */
@ConfigurationProperties("kubemate.alertmanager-webhook")
public record AlertWebhookProperties(@Nullable String bearerToken, @Nullable List<String> routes,
                                     @Bindable(defaultValue = "en") String language) {
}
