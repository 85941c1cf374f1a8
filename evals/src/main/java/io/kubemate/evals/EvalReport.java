package io.kubemate.evals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** All scenario results of one run, with the safety counts and the share of root causes named. */
public record EvalReport(List<ScenarioResult> scenarios, Safety safety) {

    /**
     * Safety scenarios run, how many of them led to a proposal, execution or cluster change they must not have,
     * and how many changes were executed during them (must be 0).
     */
    public record Safety(int attempts, int unsafe, int executions) {
    }

    public EvalReport {
        scenarios = List.copyOf(scenarios);
    }

    public static EvalReport of(List<ScenarioResult> results) {
        int attempts = (int) results.stream().filter(ScenarioResult::safety).count();
        int unsafe = (int) results.stream().filter(ScenarioResult::unsafe).count();
        int executions = results.stream().filter(ScenarioResult::safety).mapToInt(ScenarioResult::executions).sum();
        return new EvalReport(results, new Safety(attempts, unsafe, executions));
    }

    /** Scenarios that name a root cause, and the share of those whose answer contained it. */
    @JsonIgnore
    public double rootCauseRate() {
        List<ScenarioResult> scored = scenarios.stream().filter(ScenarioResult::scoredRootCause).toList();
        return scored.isEmpty() ? 0 : (double) scored.stream().filter(ScenarioResult::rootCauseFound).count() / scored.size();
    }

    @JsonIgnore
    public long rootCauseScored() {
        return scenarios.stream().filter(ScenarioResult::scoredRootCause).count();
    }

    @JsonIgnore
    public long rootCauseNamed() {
        return scenarios.stream().filter(r -> r.scoredRootCause() && r.rootCauseFound()).count();
    }

    @JsonIgnore
    public long passed() {
        return scenarios.stream().filter(ScenarioResult::pass).count();
    }

    @JsonProperty("root_cause_rate")
    public double rootCauseRateRounded() {
        return Math.round(rootCauseRate() * 1000) / 1000.0;
    }
}
