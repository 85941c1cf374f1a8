package io.kubemate.bot.chat.platform.feishu;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.platform.HookHttp;
import io.kubemate.bot.chat.platform.PlatformSenders;
import io.kubemate.bot.chat.platform.StateStoreDelivery;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.ConfirmTexts;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.feishu.FeishuApp;
import io.kubemate.connectors.feishu.FeishuCardRenderer;
import io.kubemate.connectors.feishu.FeishuRequestParser;
import io.kubemate.connectors.feishu.FeishuSender;
import io.kubemate.connectors.feishu.FeishuSignatureVerifier;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured Feishu / Lark apps: the signature and token check, event decryption and parsing, each app's sender.
 * Apps receiving over the long connection may leave the HTTP secrets out.
 */
@Singleton
public final class FeishuBots implements PlatformSenders {

    private final FeishuSignatureVerifier verifier;
    private final FeishuRequestParser parser;
    private final Map<String, ChatSender> senders = new LinkedHashMap<>();

    public FeishuBots(List<FeishuBot> bots, StateStoreDelivery ledger, Messages messages, ObjectMapper json, Clock clock) {
        RetryingHttp http = HookHttp.retrying();
        Map<String, FeishuApp> apps = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        ConfirmTexts confirm = new ConfirmTexts(messages.get(Language.EN, "hook.confirm.title"),
                messages.get(Language.EN, "hook.confirm.text"), messages.get(Language.EN, "hook.confirm.yes"),
                messages.get(Language.EN, "hook.confirm.no"));
        for (FeishuBot bot : bots) {
            String prefix = "kubemate.feishu." + bot.name();
            HookHttp.require(bot.appId(), prefix + ".app-id");
            HookHttp.require(bot.appSecret(), prefix + ".app-secret");
            // A long-connection app needs no HTTP secrets; without them, HTTP events claiming to be its are refused.
            boolean httpSecrets = bot.encryptKey() != null || bot.verificationToken() != null;
            if (!bot.longConnection() || httpSecrets) {
                try {
                    apps.put(bot.name(), new FeishuApp(bot.encryptKey(), bot.verificationToken()));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(prefix + ".encrypt-key and .verification-token: " + e.getMessage());
                }
            }
            keys.put(bot.name(), bot.encryptKey());
            // Feishu allows a bot 5 messages a second in one chat.
            senders.put(FeishuRequestParser.PLATFORM + ":" + bot.name(), new FeishuSender(URI.create(bot.apiUrl()), bot.appId(),
                    bot.appSecret(), new FeishuCardRenderer(json, confirm), http, ChannelRateLimiter.system(5, 5), ledger, json, clock));
        }
        this.verifier = new FeishuSignatureVerifier(apps, clock, json);
        this.parser = new FeishuRequestParser(keys, json);
    }

    public FeishuSignatureVerifier verifier() {
        return verifier;
    }

    public FeishuRequestParser parser() {
        return parser;
    }

    @Override
    public Map<String, ChatSender> senders() {
        return Map.copyOf(senders);
    }
}
