package io.kubemate.bot.proposal;

import java.util.Map;

/**
 * The answer to a Confirm or Cancel click (design §5): executed, cancelled or rejected, with why and what happened.
 * A refusal because the target changed since the proposal carries a fresh proposal ({@code proposal}, the card of
 * {@code proposals[]}) made from the same request against the current state, for the person to confirm instead.
 */
public record Decision(String status, String reason, String result, Map<String, Object> proposal) {

    public Decision(String status, String reason, String result) {
        this(status, reason, result, null);
    }

    static Decision executed(String result) {
        return new Decision("executed", null, result);
    }

    static Decision cancelled() {
        return new Decision("cancelled", null, null);
    }

    static Decision rejected(String reason) {
        return new Decision("rejected", reason, null);
    }

    static Decision stale(String reason, Proposal fresh) {
        return new Decision("rejected", reason, null, fresh == null ? null : fresh.card());
    }
}
