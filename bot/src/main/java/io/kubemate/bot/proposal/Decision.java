package io.kubemate.bot.proposal;

/** The answer to a Confirm or Cancel click (design §5): executed, cancelled or rejected, with why and what happened. */
public record Decision(String status, String reason, String result) {

    static Decision executed(String result) {
        return new Decision("executed", null, result);
    }

    static Decision cancelled() {
        return new Decision("cancelled", null, null);
    }

    static Decision rejected(String reason) {
        return new Decision("rejected", reason, null);
    }
}
