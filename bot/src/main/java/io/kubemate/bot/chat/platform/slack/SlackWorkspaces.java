package io.kubemate.bot.chat.platform.slack;

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
import io.kubemate.connectors.slack.SlackBlockKitRenderer;
import io.kubemate.connectors.slack.SlackRequestParser;
import io.kubemate.connectors.slack.SlackSender;
import io.kubemate.connectors.slack.SlackSignatureVerifier;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The configured Slack workspaces: the signature check of their HTTP hooks and each workspace's sender. */
@Singleton
public final class SlackWorkspaces implements PlatformSenders {

    private final SlackSignatureVerifier verifier;
    private final SlackRequestParser parser;
    private final Map<String, ChatSender> senders = new LinkedHashMap<>();

    public SlackWorkspaces(List<SlackWorkspace> workspaces, StateStoreDelivery ledger, Messages messages, ObjectMapper json, Clock clock) {
        RetryingHttp http = HookHttp.retrying();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (SlackWorkspace workspace : workspaces) {
            if (workspace.appToken() == null || workspace.appToken().isBlank()) {
                HookHttp.require(workspace.signingSecret(), "kubemate.slack." + workspace.name() + ".signing-secret");
            }
            HookHttp.require(workspace.botToken(), "kubemate.slack." + workspace.name() + ".bot-token");
            if (workspace.signingSecret() != null && !workspace.signingSecret().isBlank()) {
                secrets.put(workspace.name(), workspace.signingSecret());
            }
            ConfirmTexts confirm = new ConfirmTexts(messages.get(Language.EN, "hook.confirm.title"),
                    messages.get(Language.EN, "hook.confirm.text"), messages.get(Language.EN, "hook.confirm.yes"),
                    messages.get(Language.EN, "hook.confirm.no"));
            // Slack allows about one message per second per channel.
            senders.put(SlackRequestParser.PLATFORM + ":" + workspace.name(), new SlackSender(URI.create(workspace.apiUrl()),
                    workspace.botToken(), new SlackBlockKitRenderer(json, confirm), http, ChannelRateLimiter.system(1, 3), ledger, json));
        }
        this.verifier = new SlackSignatureVerifier(secrets, clock);
        this.parser = new SlackRequestParser(json);
    }

    public SlackSignatureVerifier verifier() {
        return verifier;
    }

    public SlackRequestParser parser() {
        return parser;
    }

    @Override
    public Map<String, ChatSender> senders() {
        return Map.copyOf(senders);
    }
}
