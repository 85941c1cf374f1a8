package io.kubemate.bot.proposal;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;

/** A proposal made, or refused with the reason a person can act on. */
public sealed interface ProposalOutcome {

    record Proposed(Proposal proposal) implements ProposalOutcome {
    }

    /** {@code why}, when set, is the reason in a form the person reads in their own language. */
    record Refused(String reason, Reason why) implements ProposalOutcome, Outcome.Refusal {
        public Refused(String reason) {
            this(reason, null);
        }
    }
}
