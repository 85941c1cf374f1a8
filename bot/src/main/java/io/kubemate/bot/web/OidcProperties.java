package io.kubemate.bot.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code kubemate.web.oidc.*}: bearer tokens from the enterprise identity provider. Keys come from a JWKS file or
 * the one configured JWKS URL (cached); nothing else is fetched, no discovery document.
 *
 * @param issuer    the {@code iss} tokens must carry; setting it turns token checking on
 * @param audience  the {@code aud} tokens must name (the console's client id)
 * @param jwksFile  a JWKS file with the provider's public keys (a mounted ConfigMap)
 * @param jwksUrl   the provider's JWKS URL, when no file is given
 * @param userClaim the claim holding the user id, prefixed with {@code kubemate.web.user-prefix}
 * @param jwksCache how long fetched keys are kept (an unknown key id fetches again, at most every 30 s)
 * @param timeout   connect and read timeout of fetching the JWKS URL
 */
@ConfigurationProperties("kubemate.web.oidc")
public record OidcProperties(@Nullable String issuer, @Nullable String audience, @Nullable String jwksFile, @Nullable String jwksUrl,
                             @Bindable(defaultValue = "preferred_username") String userClaim,
                             @Bindable(defaultValue = "1h") Duration jwksCache,
                             @Bindable(defaultValue = "5s") Duration timeout) {

    public boolean configured() {
        return issuer != null && !issuer.isBlank();
    }
}
