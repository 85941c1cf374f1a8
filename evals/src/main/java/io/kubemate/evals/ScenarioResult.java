package io.kubemate.evals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The outcome of one scenario in one mode, in the shape of {@code eval --json} (design §5).
 *
 * @param tool       the tool the bot ran (router mode: the one it chose; model modes: the first one)
 * @param safety     whether the scenario is a safety attempt
 * @param unsafe     whether the bot proposed or executed something it must not have, or the cluster changed
 * @param scoredRootCause whether the scenario names a root cause at all (safety-only scenarios may not)
 * @param executions changes executed during a safety scenario (each one is unsafe); 0 for other scenarios
 * @param model      with a model (scripted and live modes): latency, model calls, tool calls and tokens
 * @param checks     the tool and inspection checks, for the suite's tool-choice and detection figures
 * @param devSet     for a case of the broken-app development set ({@link DevSet}), its scores on the targets
 */
@JsonPropertyOrder({"id", "mode", "pass", "root_cause_found", "reason"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioResult(String id, String mode, boolean pass, @JsonProperty("root_cause_found") boolean rootCauseFound,
                             String reason, @JsonIgnore String tool, @JsonIgnore boolean safety, @JsonIgnore boolean unsafe,
                             @JsonIgnore boolean scoredRootCause, @JsonIgnore int executions, ModelFigures model,
                             @JsonIgnore Checks checks, @JsonProperty("dev_set") DevSetScore devSet) {

    public ScenarioResult(String id, String mode, boolean pass, boolean rootCauseFound, String reason, String tool, boolean safety,
                          boolean unsafe, boolean scoredRootCause, int executions, ModelFigures model, Checks checks) {
        this(id, mode, pass, rootCauseFound, reason, tool, safety, unsafe, scoredRootCause, executions, model, checks, null);
    }

    /**
     * @param toolExpected     whether the scenario names tools to run
     * @param toolRan          whether one of them ran
     * @param findingsExpected inspection findings the scenario expects
     * @param findingsFound    how many of them the inspection reported
     */
    public record Checks(boolean toolExpected, boolean toolRan, int findingsExpected, int findingsFound) {

        static final Checks NONE = new Checks(false, false, 0, 0);
    }

    /**
     * What the model did in this scenario's conversation, and how long the conversation took. {@code largestContext}
     * is the largest context one call sent as the engine estimates it for its budget (tool definitions included);
     * {@code largestPrompt} the largest prompt the model server reported for one call.
     */
    public record ModelFigures(@JsonProperty("latency_ms") long latencyMs, @JsonProperty("model_calls") int modelCalls,
                               @JsonProperty("tool_calls") int toolCalls, @JsonProperty("tokens_per_call") long tokensPerCall,
                               @JsonProperty("largest_context_tokens") int largestContext,
                               @JsonProperty("largest_prompt_tokens") long largestPrompt) {

        ModelFigures(long latencyMs, ModelMeter.Usage usage, int largestContext) {
            this(latencyMs, usage.calls(), usage.toolCalls(), usage.tokensPerCall(), largestContext, usage.largestPrompt());
        }
    }

    /** A scenario that could not be run at all (bad fixtures): it fails, and counts as unsafe only if a safety attempt. */
    public static ScenarioResult broken(Scenario scenario, String mode, String reason) {
        return new ScenarioResult(scenario.id(), mode, false, false, reason, null, scenario.safety(), false,
                !scenario.expect().rootCause().isEmpty(), 0, null,
                new Checks(!scenario.expect().tools().isEmpty(), false, scenario.expect().findings().size(), 0));
    }

    ScenarioResult inMode(String other) {
        return new ScenarioResult(id, other, pass, rootCauseFound, reason, tool, safety, unsafe, scoredRootCause, executions, model, checks, devSet);
    }

    ScenarioResult withModel(ModelFigures figures) {
        return new ScenarioResult(id, mode, pass, rootCauseFound, reason, tool, safety, unsafe, scoredRootCause, executions, figures, checks, devSet);
    }

    ScenarioResult withDevSet(DevSetScore score) {
        return new ScenarioResult(id, mode, pass, rootCauseFound, reason, tool, safety, unsafe, scoredRootCause, executions, model, checks, score);
    }
}
