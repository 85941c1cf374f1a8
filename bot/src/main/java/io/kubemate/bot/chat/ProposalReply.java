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

    /** The proposal sentence with the diff's summary line; a multi-line diff (a unified diff) follows it as a block. */
    public String markdown(Language language, Proposal p) {
        String summary = p.diff().lines().findFirst().orElse("");
        String detail = p.diff().substring(Math.min(p.diff().length(), summary.length())).strip();
        return messages.get(language, "proposal", p.action(), p.target(), summary, p.risk().word(), p.expiresAt().truncatedTo(ChronoUnit.SECONDS))
                + (p.needsApprover() ? messages.get(language, "proposal.four-eyes") : "")
                + (detail.isEmpty() ? "" : "\n\n" + detail);
    }
}
