package io.kubemate.bot.chat.platform.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.kubemate.bot.chat.platform.HookHttp;
import io.kubemate.bot.chat.platform.PlatformSenders;
import io.kubemate.bot.chat.platform.StateStoreDelivery;
import io.kubemate.bot.state.StateStore;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.core.Verification;
import io.kubemate.connectors.teams.OpenIdSigningKeys;
import io.kubemate.connectors.teams.TeamsActivityParser;
import io.kubemate.connectors.teams.TeamsAdaptiveCardRenderer;
import io.kubemate.connectors.teams.TeamsJwtVerifier;
import io.kubemate.connectors.teams.TeamsSender;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured Teams bots: each one's token check (its App ID, keys and issuer), and its Bot Connector sender. A
 * request is for the first bot whose check accepts its token.
 */
@Singleton
public final class TeamsBots implements PlatformSenders {

    static final Duration SERVICE_URL_TTL = Duration.ofDays(30);
    private static final Duration KEY_TIMEOUT = Duration.ofSeconds(10);

    private final List<TeamsJwtVerifier> verifiers = new ArrayList<>();
    private final Map<String, ChatSender> senders = new LinkedHashMap<>();
    private final TeamsActivityParser parser;
    private final StateStore store;
    private final Map<String, List<String>> trustedServiceUrls = new LinkedHashMap<>();
    private final ObjectMapper json;

    public TeamsBots(List<TeamsBot> bots, StateStoreDelivery ledger, StateStore store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        RetryingHttp http = HookHttp.retrying();
        for (TeamsBot bot : bots) {
            String prefix = "kubemate.teams." + bot.name();
            HookHttp.require(bot.appId(), prefix + ".app-id");
            HookHttp.require(bot.appPassword(), prefix + ".app-password");
            trustedServiceUrls.put(bot.name(), bot.trustedServiceUrls() == null ? List.of() : List.copyOf(bot.trustedServiceUrls()));
            verifiers.add(new TeamsJwtVerifier(Map.of(bot.name(), bot.appId()), signingKeys(bot, prefix), bot.issuer(), clock));
            // The Bot Connector allows about 7 messages a second in one conversation.
            senders.put(TeamsActivityParser.PLATFORM + ":" + bot.name(), new TeamsSender(URI.create(bot.serviceUrl()),
                    conversation -> store.get(serviceUrlKey(bot.name(), conversation)), URI.create(bot.tokenUrl()), bot.appId(), bot.appPassword(), bot.scope(), new TeamsAdaptiveCardRenderer(json),
                    http, ChannelRateLimiter.system(5, 7), ledger, json, clock));
        }
        this.parser = new TeamsActivityParser(json);
    }

    /** A saved JWKS file when one is configured, else the keys of the OpenID metadata, cached. */
    private static JWKSource<SecurityContext> signingKeys(TeamsBot bot, String prefix) {
        if (bot.signingKeys() != null && !bot.signingKeys().isBlank()) {
            try {
                return new ImmutableJWKSet<>(JWKSet.parse(Files.readString(Path.of(bot.signingKeys()))));
            } catch (IOException | ParseException e) {
                throw new ConfigurationException(prefix + ".signing-keys: not a readable JWKS file: " + e.getMessage());
            }
        }
        URI metadata;
        try {
            metadata = URI.create(bot.openidMetadata());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(prefix + ".openid-metadata: not a URL: " + bot.openidMetadata());
        }
        return OpenIdSigningKeys.cached(metadata, HttpClient.newBuilder().connectTimeout(KEY_TIMEOUT).build(), KEY_TIMEOUT);
    }

    public Verification verify(byte[] rawBody, RequestHeaders headers) {
        Verification first = new Verification.Rejected(Verification.Reason.MISSING_CREDENTIALS, "no Teams bot is configured");
        for (int i = 0; i < verifiers.size(); i++) {
            Verification verification = verifiers.get(i).verify(rawBody, headers);
            if (verification instanceof Verification.Verified) {
                return verification;
            }
            if (i == 0) {
                first = verification;
            }
        }
        return first;
    }

    /**
     * Remembers which Bot Connector a verified activity's conversation is served by (its {@code serviceUrl}, bound to
     * the token by the {@code serviceurl} claim), so replies go there rather than to the configured default; only
     * addresses under the bot's trusted prefixes, since the bot's own access token is sent there.
     */
    public void remember(String bot, byte[] rawActivity) {
        try {
            JsonNode activity = json.readTree(rawActivity);
            String serviceUrl = activity == null ? null : activity.path("serviceUrl").asText(null);
            String conversation = activity == null ? null : activity.path("conversation").path("id").asText(null);
            List<String> trusted = trustedServiceUrls.getOrDefault(bot, List.of());
            if (serviceUrl != null && conversation != null && trusted.stream().anyMatch(serviceUrl::startsWith)) {
                store.put(serviceUrlKey(bot, conversation), serviceUrl, SERVICE_URL_TTL);
            }
        } catch (IOException e) {
            // The parser reports an unreadable activity with its reason.
        }
    }

    private static String serviceUrlKey(String bot, String conversation) {
        return "hook:teams:serviceurl:" + bot + ":" + conversation;
    }

    public TeamsActivityParser parser() {
        return parser;
    }

    @Override
    public Map<String, ChatSender> senders() {
        return Map.copyOf(senders);
    }
}
