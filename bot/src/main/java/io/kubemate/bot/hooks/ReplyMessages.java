package io.kubemate.bot.hooks;

import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.proposal.Decision;
import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.tools.report.Evidence;
import jakarta.inject.Singleton;

import java.util.Map;

/** The one mapping from the bot's answers (replies, decisions, failures) to the connectors' neutral message. */
@Singleton
public final class ReplyMessages {

    private final Messages messages;

    public ReplyMessages(Messages messages) {
        this.messages = messages;
    }

    public OutboundMessage of(ChatReply reply, Language language) {
        OutboundMessage.Builder message = OutboundMessage.builder().section(reply.reply());
        for (Evidence evidence : reply.evidence()) {
            message.evidence(evidence.title(), evidence.source(), evidence.lines());
        }
        for (Map<String, String> source : reply.sources()) {
            String url = source.get("url") != null ? source.get("url") : source.get("source");
            message.source(source.getOrDefault("title", url), url != null && url.startsWith("http") ? url : null);
        }
        for (Map<String, Object> proposal : reply.proposals()) {
            String id = String.valueOf(proposal.get("id"));
            message.button(Button.confirm(messages.get(language, "hook.button.confirm"), id));
            message.button(Button.cancel(messages.get(language, "hook.button.cancel"), id));
        }
        for (Map<String, String> choice : reply.choices()) {
            message.button(Button.choice(choice.get("label"), ChoiceCommands.SAY + choice.get("text")));
        }
        return message.build();
    }

    public OutboundMessage of(Decision decision, Language language) {
        String text = switch (decision.status()) {
            case "executed" -> messages.get(language, "hook.decision.executed", decision.result());
            case "cancelled" -> messages.get(language, "hook.decision.cancelled");
            default -> messages.get(language, "hook.decision.rejected", decision.reason());
        };
        return OutboundMessage.builder().section(text).build();
    }

    /** A failure the person can act on (unknown user, bad input, a backend down), said as it is. */
    public OutboundMessage failure(String reason) {
        return OutboundMessage.builder().section(reason).build();
    }
}
