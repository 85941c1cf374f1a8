package io.kubemate.bot.chat.platform;

import io.kubemate.bot.chat.ChatReply;
import io.kubemate.bot.chat.ConsoleLinks;
import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Messages;
import io.kubemate.bot.chat.ReportDownload;
import io.kubemate.bot.chat.chart.ChartPng;
import io.kubemate.bot.proposal.Decision;
import io.kubemate.bot.proposal.ProposalCard;
import io.kubemate.connectors.core.Button;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.tools.report.Evidence;
import jakarta.inject.Singleton;

import java.util.Map;

/** The one mapping from the bot's answers (replies, decisions, failures) to the connectors' neutral message. */
@Singleton
public final class ReplyMessages {

    private final Messages messages;
    private final ChartPng charts;
    private final ConsoleLinks console;

    public ReplyMessages(Messages messages, ChartPng charts, ConsoleLinks console) {
        this.messages = messages;
        this.charts = charts;
        this.console = console;
    }

    public OutboundMessage of(ChatReply reply, Language language) {
        return of(reply, language, null);
    }

    /**
     * A reply to one person ({@code audience}, their platform user id): the Confirm and Cancel of their own proposals
     * and the answers to what the bot asked them are theirs alone; a four-eyes proposal's buttons are for anyone.
     */
    public OutboundMessage of(ChatReply reply, Language language, String audience) {
        return of(reply, language, audience, false);
    }

    /**
     * As {@link #of(ChatReply, Language, String)} on a platform that does ({@code uploads}) or does not take files: a
     * report that comes with the reply is uploaded, or the reply says where to get it.
     */
    public OutboundMessage of(ChatReply reply, Language language, String audience, boolean uploads) {
        OutboundMessage.Builder message = OutboundMessage.builder().section(reply.reply());
        if (reply.download() != null) {
            download(message, reply.download(), language, uploads);
        }
        for (Evidence evidence : reply.evidence()) {
            message.evidence(evidence.title(), evidence.source(), evidence.lines());
        }
        for (Map<String, String> source : reply.sources()) {
            String url = source.get("url") != null ? source.get("url") : source.get("source");
            message.source(source.getOrDefault("title", url), url != null && url.startsWith("http") ? url : null);
        }
        for (ProposalCard proposal : reply.proposals()) {
            buttons(message, language, proposal, audience);
        }
        for (Map<String, String> choice : reply.choices()) {
            message.button(Button.choice(choice.get("label"), ChoiceCommands.SAY + choice.get("text")).forUser(audience));
        }
        if (reply.chart() != null) {
            charts.draw(reply.chart()).ifPresent(png -> message.image(reply.chart().title(), "chart.png", png));
        }
        return message.build();
    }

    private void download(OutboundMessage.Builder message, ReportDownload file, Language language, boolean uploads) {
        if (uploads) {
            message.section(messages.get(language, "export.file.attached", file.filename()));
            message.attachment(file.title(), file.filename(), file.mediaType(), file.content());
            return;
        }
        message.section(console.link(file.url())
                .map(url -> messages.get(language, "export.file.elsewhere.link", url))
                .orElseGet(() -> messages.get(language, "export.file.elsewhere")));
    }

    public OutboundMessage of(Decision decision, Language language) {
        return of(decision, language, null);
    }

    /** A decision; a refusal that comes with a fresh proposal (the target changed) offers its buttons. */
    public OutboundMessage of(Decision decision, Language language, String audience) {
        String text = switch (decision.status()) {
            case EXECUTED -> messages.get(language, "hook.decision.executed", decision.result());
            case CANCELLED -> messages.get(language, "hook.decision.cancelled");
            case REJECTED -> messages.get(language, "hook.decision.rejected", messages.reason(language, decision));
        };
        OutboundMessage.Builder message = OutboundMessage.builder().section(text);
        if (decision.proposal() != null) {
            message.section(messages.get(language, "hook.decision.fresh", decision.proposal().diff()));
            buttons(message, language, decision.proposal(), audience);
        }
        return message.build();
    }

    /** A notice from the message bundle. */
    public OutboundMessage notice(Language language, String key) {
        return OutboundMessage.builder().section(messages.get(language, key)).build();
    }

    private void buttons(OutboundMessage.Builder message, Language language, ProposalCard proposal, String audience) {
        String id = proposal.id();
        String only = proposal.needsApprover() ? null : audience;
        message.button(Button.confirm(messages.get(language, "hook.button.confirm"), id).forUser(only));
        message.button(Button.cancel(messages.get(language, "hook.button.cancel"), id).forUser(only));
    }

    /** A failure the person can act on (unknown user, bad input, a backend down), said as it is. */
    public OutboundMessage failure(String reason) {
        return OutboundMessage.builder().section(reason).build();
    }
}
