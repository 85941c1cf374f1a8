package io.kubemate.bot.proposal;

/** A proposal made, or refused with the reason a person can act on. */
public sealed interface ProposalOutcome {

    record Proposed(Proposal proposal) implements ProposalOutcome {
    }

    record Refused(String reason) implements ProposalOutcome {
    }
}
