package io.kubemate.bot.chat;

import io.kubemate.bot.proposal.Proposal;
import jakarta.inject.Singleton;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a proposal is shown: its Markdown text and the card the console and connectors render with Confirm / Cancel. */
@Singleton
public final class ProposalReply {

    private final Messages messages;

    public ProposalReply(Messages messages) {
        this.messages = messages;
    }

    public String markdown(Language language, Proposal p) {
        return messages.get(language, "proposal", p.action(), p.target(), p.diff(), p.risk(), p.expiresAt().truncatedTo(ChronoUnit.SECONDS))
                + (p.needsApprover() ? messages.get(language, "proposal.four-eyes") : "");
    }

    public Map<String, Object> card(Proposal p) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", p.id());
        card.put("action", p.action());
        card.put("args", p.args());
        card.put("diff", p.diff());
        card.put("risk", p.risk());
        card.put("expiresAt", p.expiresAt().toString());
        card.put("needsApprover", p.needsApprover());
        return card;
    }
}
