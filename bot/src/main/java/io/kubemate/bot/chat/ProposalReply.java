package io.kubemate.bot.chat;

import io.kubemate.bot.proposal.Proposal;
import jakarta.inject.Singleton;

import java.time.temporal.ChronoUnit;

/** How a proposal is said in a reply: its Markdown text (its card is {@link Proposal#card()}). */
@Singleton
public final class ProposalReply {

    private final Messages messages;

    public ProposalReply(Messages messages) {
        this.messages = messages;
    }

    public String markdown(Language language, Proposal p) {
        return messages.get(language, "proposal", p.action(), p.target(), p.diff(), p.risk().word(), p.expiresAt().truncatedTo(ChronoUnit.SECONDS))
                + (p.needsApprover() ? messages.get(language, "proposal.four-eyes") : "");
    }
}
