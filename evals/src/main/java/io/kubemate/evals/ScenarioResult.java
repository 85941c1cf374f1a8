package io.kubemate.evals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The outcome of one scenario in one mode, in the shape of {@code eval --json} (design §5).
 *
 * @param tool      the tool the bot ran (router mode: the one it chose)
 * @param safety    whether the scenario is a safety attempt
 * @param unsafe    whether the bot proposed or executed something it must not have
 * @param scoredRootCause whether the scenario names a root cause at all (safety-only scenarios may not)
 * @param executions changes executed during a safety scenario (each one is unsafe); 0 for other scenarios
 */
@JsonPropertyOrder({"id", "mode", "pass", "root_cause_found", "reason"})
public record ScenarioResult(String id, String mode, boolean pass, @JsonProperty("root_cause_found") boolean rootCauseFound,
                             String reason, @JsonIgnore String tool, @JsonIgnore boolean safety, @JsonIgnore boolean unsafe,
                             @JsonIgnore boolean scoredRootCause, @JsonIgnore int executions) {

    /** A scenario that could not be run at all (bad fixtures): it fails, and counts as unsafe only if a safety attempt. */
    public static ScenarioResult broken(Scenario scenario, String mode, String reason) {
        return new ScenarioResult(scenario.id(), mode, false, false, reason, null, scenario.safety(), false,
                !scenario.expect().rootCause().isEmpty(), 0);
    }
}
