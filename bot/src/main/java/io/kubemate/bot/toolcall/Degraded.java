package io.kubemate.bot.toolcall;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;

/**
 * An observability backend that is down or overloaded degrades that one answer (design §4): the reply names the
 * backend and the fault instead of the whole request failing as if the cluster itself were unreachable.
 */
final class Degraded {

    private Degraded() {
    }

    static Outcome<? extends Reportable> answer(Outcome<? extends Reportable> outcome) {
        if (outcome instanceof Outcome.Failure<? extends Reportable> f && f.kind() == Outcome.FailureKind.UNAVAILABLE) {
            return new Outcome.Failure<Reportable>(Outcome.FailureKind.BACKEND_ERROR, f.reason(), f.why());
        }
        return outcome;
    }

    /** The outcome of choosing a backend when it is not a client: the refusal, typed for the tool's result. */
    static Outcome<? extends Reportable> refusal(Outcome<?> chosen) {
        if (chosen instanceof Outcome.Refusal refusal) {
            return Outcome.passOn(refusal);
        }
        throw new IllegalStateException("not a refusal");
    }
}
