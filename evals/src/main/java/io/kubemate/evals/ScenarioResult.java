package io.kubemate.evals;

/** The outcome of one scenario in one mode, in the shape of {@code eval --json} (design §5). */
public record ScenarioResult(String id, String mode, boolean pass, boolean rootCauseFound, String reason) {
}
