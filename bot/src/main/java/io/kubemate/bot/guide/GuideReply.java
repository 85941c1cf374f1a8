package io.kubemate.bot.guide;

import io.kubemate.bot.proposal.ProposalCard;
import io.kubemate.tools.report.Evidence;

import java.util.List;

/** What the guide answers: Markdown, the evidence of a step that ran a tool, and a proposal card for an action step. */
public record GuideReply(String markdown, List<Evidence> evidence, List<ProposalCard> proposals) {

    public GuideReply {
        evidence = List.copyOf(evidence);
        proposals = List.copyOf(proposals);
    }

    static GuideReply text(String markdown) {
        return new GuideReply(markdown, List.of(), List.of());
    }
}
