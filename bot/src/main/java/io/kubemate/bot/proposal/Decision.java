package io.kubemate.bot.proposal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;

import java.util.Locale;

/**
 * The answer to a Confirm or Cancel click (design §5): executed, cancelled or rejected, with why and what happened.
 * A refusal because the target changed since the proposal carries a fresh proposal ({@code proposal}, the card of
 * {@code proposals[]}) made from the same request against the current state, for the person to confirm instead.
 */
public record Decision(Status status, String reason, String result, ProposalCard proposal, @JsonIgnore Reason why)
        implements Outcome.Refusal {

    /** What became of the proposal; written in JSON as the lower-case word. */
    public enum Status {
        EXECUTED, CANCELLED, REJECTED;

        @JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Decision(Status status, String reason, String result) {
        this(status, reason, result, null, null);
    }

    public Decision(Status status, String reason, String result, ProposalCard proposal) {
        this(status, reason, result, proposal, null);
    }

    /** The same decision with its reason in the words given (the person's language). */
    public Decision withReason(String words) {
        return new Decision(status, words, result, proposal, why);
    }

    static Decision executed(String result) {
        return new Decision(Status.EXECUTED, null, result);
    }

    static Decision cancelled() {
        return new Decision(Status.CANCELLED, null, null);
    }

    static Decision rejected(String reason) {
        return new Decision(Status.REJECTED, reason, null);
    }

    static Decision rejected(Reason why) {
        return new Decision(Status.REJECTED, why.english(), null, null, why);
    }

    static Decision stale(String reason, Proposal fresh) {
        return new Decision(Status.REJECTED, reason, null, fresh == null ? null : fresh.card());
    }
}
