package io.kubemate.bot.hooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.core.Verification;
import io.kubemate.connectors.teams.TeamsActivityParser;
import io.kubemate.connectors.teams.TeamsAdaptiveCardRenderer;
import io.kubemate.connectors.teams.TeamsJwtVerifier;
import io.kubemate.connectors.teams.TeamsSender;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
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

    private final List<TeamsJwtVerifier> verifiers = new ArrayList<>();
    private final Map<String, ChatSender> senders = new LinkedHashMap<>();
    private final TeamsActivityParser parser;

    public TeamsBots(List<TeamsBot> bots, StateStoreDelivery ledger, ObjectMapper json, Clock clock) {
        RetryingHttp http = HookHttp.retrying();
        for (TeamsBot bot : bots) {
            String prefix = "kubemate.teams." + bot.name();
            HookHttp.require(bot.appId(), prefix + ".app-id");
            HookHttp.require(bot.appPassword(), prefix + ".app-password");
            HookHttp.require(bot.signingKeys(), prefix + ".signing-keys");
            JWKSet keys;
            try {
                keys = JWKSet.parse(Files.readString(Path.of(bot.signingKeys())));
            } catch (IOException | ParseException e) {
                throw new ConfigurationException(prefix + ".signing-keys: not a readable JWKS file: " + e.getMessage());
            }
            verifiers.add(new TeamsJwtVerifier(Map.of(bot.name(), bot.appId()), keys, bot.issuer(), clock));
            // The Bot Connector allows about 7 messages a second in one conversation.
            senders.put(TeamsActivityParser.PLATFORM + ":" + bot.name(), new TeamsSender(URI.create(bot.serviceUrl()),
                    URI.create(bot.tokenUrl()), bot.appId(), bot.appPassword(), bot.scope(), new TeamsAdaptiveCardRenderer(json),
                    http, ChannelRateLimiter.system(5, 7), ledger, json, clock));
        }
        this.parser = new TeamsActivityParser(json);
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

    public TeamsActivityParser parser() {
        return parser;
    }

    @Override
    public Map<String, ChatSender> senders() {
        return Map.copyOf(senders);
    }
}
