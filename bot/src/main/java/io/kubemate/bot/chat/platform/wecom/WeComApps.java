package io.kubemate.bot.chat.platform.wecom;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.platform.HookHttp;
import io.kubemate.bot.chat.platform.PlatformSenders;
import io.kubemate.bot.chat.platform.StateStoreDelivery;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.wecom.WeComCrypto;
import io.kubemate.connectors.wecom.WeComRequestParser;
import io.kubemate.connectors.wecom.WeComSender;
import io.kubemate.connectors.wecom.WeComSignatureVerifier;
import io.kubemate.connectors.wecom.WeComTemplateCardRenderer;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The configured WeCom apps: the {@code msg_signature} check, decryption and parsing, each app's sender. */
@Singleton
public final class WeComApps implements PlatformSenders {

    private final WeComSignatureVerifier verifier;
    private final WeComRequestParser parser;
    private final Map<String, ChatSender> senders = new LinkedHashMap<>();

    public WeComApps(List<WeComApp> apps, StateStoreDelivery ledger, ObjectMapper json, Clock clock) {
        RetryingHttp http = HookHttp.retrying();
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, WeComCrypto> cryptos = new LinkedHashMap<>();
        for (WeComApp app : apps) {
            String prefix = "kubemate.wecom." + app.name();
            HookHttp.require(app.corpId(), prefix + ".corp-id");
            HookHttp.require(app.secret(), prefix + ".secret");
            HookHttp.require(app.token(), prefix + ".token");
            if (app.agentId() <= 0) {
                throw new ConfigurationException(prefix + ".agent-id is required");
            }
            tokens.put(app.name(), app.token());
            try {
                cryptos.put(app.name(), new WeComCrypto(app.aesKey(), app.corpId()));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(prefix + ".aes-key: " + e.getMessage());
            }
            // WeCom allows an app about 30 messages a minute to one person.
            senders.put(WeComRequestParser.PLATFORM + ":" + app.name(), new WeComSender(URI.create(app.apiUrl()), app.corpId(),
                    app.secret(), app.agentId(), new WeComTemplateCardRenderer(json), http, ChannelRateLimiter.system(0.5, 5),
                    ledger, json, clock));
        }
        this.verifier = new WeComSignatureVerifier(tokens, clock);
        this.parser = new WeComRequestParser(cryptos);
    }

    public WeComSignatureVerifier verifier() {
        return verifier;
    }

    public WeComRequestParser parser() {
        return parser;
    }

    @Override
    public Map<String, ChatSender> senders() {
        return Map.copyOf(senders);
    }
}
