package io.kubemate.bot.chat.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.platform.mattermost.MattermostServer;
import io.kubemate.bot.chat.platform.slack.SlackWorkspace;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.ConfirmTexts;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.core.Sleeper;
import io.kubemate.connectors.mattermost.ButtonTokens;
import io.kubemate.connectors.mattermost.MattermostAttachmentRenderer;
import io.kubemate.connectors.mattermost.MattermostSender;
import io.kubemate.connectors.mattermost.MattermostTokenVerifier;
import io.kubemate.connectors.slack.SlackBlockKitRenderer;
import io.kubemate.connectors.slack.SlackSender;
import io.kubemate.connectors.slack.SlackSignatureVerifier;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured Slack workspaces and Mattermost servers: their verifiers, button token signers and senders
 * (one rate limit per channel of each: Slack allows about one message per second per channel); and the senders of
 * the other platforms ({@link PlatformSenders}), so replies and alerts find every account by {@code platform:account}.
 */
@Singleton
public final class ChatPlatforms {

    static final Duration BUTTON_LIFETIME = Duration.ofHours(24);

    private final Map<String, ChatSender> senders = new LinkedHashMap<>();
    private final Map<String, ButtonTokens> buttonTokens = new LinkedHashMap<>();
    private final SlackSignatureVerifier slackVerifier;
    private final MattermostTokenVerifier mattermostVerifier;

    public ChatPlatforms(List<SlackWorkspace> slack, List<MattermostServer> mattermost, List<PlatformSenders> others,
                         StateStoreDelivery ledger, Messages messages, ObjectMapper json, Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        RetryingHttp retrying = new RetryingHttp(http, Sleeper.SYSTEM, 4);
        Map<String, String> secrets = new LinkedHashMap<>();
        for (SlackWorkspace workspace : slack) {
            if (workspace.appToken() == null || workspace.appToken().isBlank()) {
                require(workspace.signingSecret(), "kubemate.slack." + workspace.name() + ".signing-secret");
            }
            require(workspace.botToken(), "kubemate.slack." + workspace.name() + ".bot-token");
            if (workspace.signingSecret() != null && !workspace.signingSecret().isBlank()) {
                secrets.put(workspace.name(), workspace.signingSecret());
            }
            ConfirmTexts confirm = new ConfirmTexts(messages.get(Language.EN, "hook.confirm.title"),
                    messages.get(Language.EN, "hook.confirm.text"), messages.get(Language.EN, "hook.confirm.yes"),
                    messages.get(Language.EN, "hook.confirm.no"));
            senders.put("slack:" + workspace.name(), new SlackSender(URI.create(workspace.apiUrl()), workspace.botToken(),
                    new SlackBlockKitRenderer(json, confirm), retrying, ChannelRateLimiter.system(1, 3), ledger, json));
        }
        Map<String, List<String>> tokens = new LinkedHashMap<>();
        for (MattermostServer server : mattermost) {
            String prefix = "kubemate.mattermost." + server.name();
            require(server.url(), prefix + ".url");
            require(server.botToken(), prefix + ".bot-token");
            if (server.token() == null || server.token().isEmpty()) {
                throw new ConfigurationException(prefix + ".token is required (the slash command's token)");
            }
            require(server.actionUrl(), prefix + ".action-url");
            tokens.put(server.name(), server.token());
            ButtonTokens signer;
            try {
                signer = new ButtonTokens(server.buttonSecret(), clock, BUTTON_LIFETIME);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(prefix + ".button-secret: " + e.getMessage());
            }
            buttonTokens.put(server.name(), signer);
            senders.put("mattermost:" + server.name(), new MattermostSender(URI.create(server.url()), server.botToken(),
                    new MattermostAttachmentRenderer(json, URI.create(server.actionUrl()), signer), retrying,
                    ChannelRateLimiter.system(5, 5), ledger, json));
        }
        others.forEach(platform -> senders.putAll(platform.senders()));
        this.slackVerifier = new SlackSignatureVerifier(secrets, clock);
        this.mattermostVerifier = new MattermostTokenVerifier(tokens);
    }

    public Optional<ChatSender> sender(String platform, String workspace) {
        return Optional.ofNullable(senders.get(platform + ":" + workspace));
    }

    public SlackSignatureVerifier slackVerifier() {
        return slackVerifier;
    }

    public MattermostTokenVerifier mattermostVerifier() {
        return mattermostVerifier;
    }

    public Map<String, ButtonTokens> buttonTokens() {
        return Map.copyOf(buttonTokens);
    }

    private static void require(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(key + " is required");
        }
    }
}
