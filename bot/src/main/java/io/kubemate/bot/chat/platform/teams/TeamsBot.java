package io.kubemate.bot.chat.platform.teams;

import io.kubemate.connectors.teams.OpenIdSigningKeys;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.List;

/**
 * {@code kubemate.teams.<name>.*}: one Azure Bot (Microsoft Teams channel) whose messaging endpoint is
 * {@code /hooks/teams}.
 *
 * @param name        the bot's name in Kubemate (conversation ids and alert routes use it)
 * @param appId       the Microsoft App ID: the {@code aud} of incoming tokens and the client id of outgoing ones
 * @param appPassword the client secret of that App ID
 * @param openidMetadata the Bot Framework's OpenID metadata: its {@code jwks_uri} gives the signing keys, fetched when
 *                    the first activity arrives, kept a day and fetched again when a token names a key not held (at most
 *                    every 30 s)
 * @param signingKeys a JWKS file holding those keys instead (pinned keys, refreshed by hand); overrides {@code openidMetadata}
 * @param issuer      the issuer incoming tokens must carry
 * @param serviceUrl  the Bot Connector the replies go to (the {@code serviceUrl} of the tenant's activities)
 * @param tokenUrl    the OAuth 2 token endpoint for outgoing calls
 * @param scope       the scope asked for
 * @param trustedServiceUrls the prefixes an activity's {@code serviceUrl} must start with for replies to go there
 *                    (the bot's access token travels with them); other conversations use {@code serviceUrl}
 */
@EachProperty("kubemate.teams")
public record TeamsBot(@Parameter String name, @Nullable String appId, @Nullable String appPassword,
                       @Bindable(defaultValue = OpenIdSigningKeys.BOT_FRAMEWORK_METADATA) String openidMetadata,
                       @Nullable String signingKeys,
                       @Bindable(defaultValue = "https://api.botframework.com") String issuer,
                       @Bindable(defaultValue = "https://smba.trafficmanager.net/teams/") String serviceUrl,
                       @Bindable(defaultValue = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token") String tokenUrl,
                       @Bindable(defaultValue = "https://api.botframework.com/.default") String scope,
                       @Bindable(defaultValue = "https://smba.trafficmanager.net/") List<String> trustedServiceUrls) {
}
