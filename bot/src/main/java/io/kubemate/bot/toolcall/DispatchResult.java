package io.kubemate.bot.toolcall;

import io.kubemate.bot.proposal.Proposal;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.report.Reportable;

/** What became of one tool call: a read that ran, a change proposed, or a refusal with its reason. */
public sealed interface DispatchResult {

    String tool();

    record Ran(String tool, Outcome<? extends Reportable> outcome) implements DispatchResult {
    }

    record Proposed(String tool, Proposal proposal) implements DispatchResult {
    }

    record Refused(String tool, String reason, Kind kind, Reason why) implements DispatchResult, Outcome.Refusal {
        public Refused(String tool, String reason, Kind kind) {
            this(tool, reason, kind, null);
        }
    }

    enum Kind {
        /** No tool of the catalog has this name. */
        UNKNOWN_TOOL,
        /** The person's own message did not ask for this change (audited). */
        UNASKED,
        /** A change without a conversation to confirm it in: the command line. */
        NO_CONVERSATION,
        /** The proposer refused: no permission, no identity, the dry run failed, a guardrail (audited). */
        NOT_PROPOSED
    }
}
