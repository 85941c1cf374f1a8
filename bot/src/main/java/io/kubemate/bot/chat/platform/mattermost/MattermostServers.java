package io.kubemate.bot.chat.platform.mattermost;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.platform.HookHttp;
import io.kubemate.bot.chat.platform.PlatformSenders;
import io.kubemate.bot.chat.platform.StateStoreDelivery;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.mattermost.ButtonTokens;
import io.kubemate.connectors.mattermost.MattermostAttachmentRenderer;
import io.kubemate.connectors.mattermost.MattermostRequestParser;
import io.kubemate.connectors.mattermost.MattermostSender;
import io.kubemate.connectors.mattermost.MattermostTokenVerifier;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The configured Mattermost servers: the slash command token check, each server's signer of button tokens (the
 * action callback carries no signature of its own) and its sender.
 */
@Singleton
public final class MattermostServers implements PlatformSenders {

    static final Duration BUTTON_LIFETIME = Duration.ofHours(24);

    private final MattermostTokenVerifier verifier;
    private final MattermostRequestParser parser;
    private final Map<String, ButtonTokens> buttonTokens = new LinkedHashMap<>();
    private final Map<String, ChatSender> senders = new LinkedHashMap<>();

    public MattermostServers(List<MattermostServer> servers, StateStoreDelivery ledger, ObjectMapper json, Clock clock) {
        RetryingHttp http = HookHttp.retrying();
        Map<String, List<String>> tokens = new LinkedHashMap<>();
        for (MattermostServer server : servers) {
            String prefix = "kubemate.mattermost." + server.name();
            HookHttp.require(server.url(), prefix + ".url");
            HookHttp.require(server.botToken(), prefix + ".bot-token");
            if (server.token() == null || server.token().isEmpty()) {
                throw new ConfigurationException(prefix + ".token is required (the slash command's token)");
            }
            HookHttp.require(server.actionUrl(), prefix + ".action-url");
            tokens.put(server.name(), server.token());
            ButtonTokens signer;
            try {
                signer = new ButtonTokens(server.buttonSecret(), clock, BUTTON_LIFETIME);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(prefix + ".button-secret: " + e.getMessage());
            }
            buttonTokens.put(server.name(), signer);
            senders.put(MattermostRequestParser.PLATFORM + ":" + server.name(), new MattermostSender(URI.create(server.url()),
                    server.botToken(), new MattermostAttachmentRenderer(json, URI.create(server.actionUrl()), signer), http,
                    ChannelRateLimiter.system(5, 5), ledger, json));
        }
        this.verifier = new MattermostTokenVerifier(tokens);
        this.parser = new MattermostRequestParser(json);
    }

    public MattermostTokenVerifier verifier() {
        return verifier;
    }

    public MattermostRequestParser parser() {
        return parser;
    }

    /** Each server's button token signer, by server name. */
    public Map<String, ButtonTokens> buttonTokens() {
        return Map.copyOf(buttonTokens);
    }

    @Override
    public Map<String, ChatSender> senders() {
        return Map.copyOf(senders);
    }
}
