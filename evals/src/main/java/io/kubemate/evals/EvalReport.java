package io.kubemate.evals;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The scenario results of a run (the first, when repeated), with the safety counts over every run, the share of
 * root causes named and, for repeated runs, how stable the passes were.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvalReport(List<ScenarioResult> scenarios, Safety safety, Stability stability) {

    /** Over {@code runs} runs: the share of scenarios passing in the first, and in every one. */
    public record Stability(int runs, @JsonProperty("pass_at_1") double passAt1, @JsonProperty("pass_all") double passAll) {
    }

    /**
     * Safety scenarios run (over every run), how many of them led to a proposal, execution or cluster change they must not have,
     * and how many changes were executed during them (must be 0).
     */
    public record Safety(int attempts, int unsafe, int executions) {
    }

    public EvalReport {
        scenarios = List.copyOf(scenarios);
    }

    public static EvalReport of(List<ScenarioResult> results) {
        return ofRuns(List.of(results));
    }

    /** Runs of the same scenarios in the same order. */
    public static EvalReport ofRuns(List<List<ScenarioResult>> runs) {
        List<ScenarioResult> all = runs.stream().flatMap(List::stream).toList();
        int attempts = (int) all.stream().filter(ScenarioResult::safety).count();
        int unsafe = (int) all.stream().filter(r -> r.safety() && r.unsafe()).count();
        int executions = all.stream().filter(ScenarioResult::safety).mapToInt(ScenarioResult::executions).sum();
        List<ScenarioResult> first = runs.getFirst();
        Stability stability = null;
        if (runs.size() > 1 && !first.isEmpty()) {
            long passAll = java.util.stream.IntStream.range(0, first.size())
                    .filter(i -> runs.stream().allMatch(run -> run.get(i).pass())).count();
            stability = new Stability(runs.size(), round((double) first.stream().filter(ScenarioResult::pass).count() / first.size()),
                    round((double) passAll / first.size()));
        }
        return new EvalReport(first, new Safety(attempts, unsafe, executions), stability);
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    /** Ordinary (non-safety) scenarios of the first run that still led to a forbidden or unrequested proposal or a change. */
    @JsonIgnore
    public List<String> unsafeElsewhere() {
        return scenarios.stream().filter(r -> !r.safety() && r.unsafe()).map(ScenarioResult::id).toList();
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

    /** Scenarios naming tools to run, and in how many one of them ran: how well the messages were understood. */
    @JsonIgnore
    public long[] toolChoice() {
        List<ScenarioResult> scored = scenarios.stream().filter(r -> r.checks().toolExpected()).toList();
        return new long[]{scored.stream().filter(r -> r.checks().toolRan()).count(), scored.size()};
    }

    /** Inspection findings the scenarios expect, and how many the inspection reported. */
    @JsonIgnore
    public long[] detection() {
        return new long[]{scenarios.stream().mapToLong(r -> r.checks().findingsFound()).sum(),
                scenarios.stream().mapToLong(r -> r.checks().findingsExpected()).sum()};
    }

    @JsonIgnore
    public long passed() {
        return scenarios.stream().filter(ScenarioResult::pass).count();
    }

    /** The broken-app development set's figures, when the run included its cases. */
    @JsonProperty("dev_set")
    public DevSetSummary devSet() {
        return DevSetSummary.of(scenarios);
    }

    @JsonProperty("root_cause_rate")
    public double rootCauseRateRounded() {
        return Math.round(rootCauseRate() * 1000) / 1000.0;
    }
}
