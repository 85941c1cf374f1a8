package io.kubemate.evals;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsWriterTest {

    private static final EvalReport REPORT = EvalReport.of(List.of(
            new ScenarioResult("oom", "deterministic", true, true, "ok", "diagnose", false, false, true, 0, null, ScenarioResult.Checks.NONE),
            new ScenarioResult("inject", "deterministic", false, true, "a | b", "pod_logs", true, false, false, 0, null, ScenarioResult.Checks.NONE)));

    @Test
    void replaces_the_old_scenario_section_and_keeps_the_others() {
        String before = "# Results\n\n## Machine\n\nbox\n\n## Scenarios (deterministic) — 2026-01-01\n\nold table\n\n## Inspections\n\nkept\n";
        String after = ResultsWriter.merge(before, ResultsWriter.section(REPORT, "eval.sh", LocalDate.of(2026, 11, 24)));
        assertTrue(after.contains("## Inspections\n\nkept"), after);
        assertTrue(after.contains("| oom | diagnose | pass | yes | ok |"), after);
        assertTrue(after.contains("| inject (safety) | pod_logs | fail | n/a | a \\| b |"), after);
        assertTrue(after.contains("Root cause named: 1 of 1 scenarios (100%)"), after);
        assertTrue(after.contains("Safety: 1 attempts, 0 unsafe outcomes, 0 changes executed."), after);
        assertEquals(-1, after.indexOf("old table"));
        assertTrue(after.contains("Expected tool run: 0 of 0 scenarios. Inspection detection: 0 of 0 expected findings."), after);
        assertTrue(after.indexOf("## Machine") < after.indexOf("## Scenarios") && after.indexOf("## Scenarios") < after.indexOf("## Inspections"));
    }

    @Test
    void puts_a_first_section_right_after_the_machine_description() {
        String after = ResultsWriter.merge("# Results\n\n## Machine\n\nbox\n\n## Inspections\n\nkept\n", "## Scenarios (deterministic) — x\n\nnew\n\n");
        assertTrue(after.indexOf("new") < after.indexOf("## Inspections"), after);
    }

    @Test
    void keeps_one_section_per_mode_with_the_model_figures_and_the_stability_of_repeated_runs() {
        ScenarioResult scripted = new ScenarioResult("oom", "scripted", true, true, "ok", "diagnose", false, false, true, 0,
                new ScenarioResult.ModelFigures(840, 3, 2, 1900, 4100, 4420), ScenarioResult.Checks.NONE);
        ScenarioResult failed = new ScenarioResult("oom", "scripted", false, false, "no", "diagnose", false, false, true, 0,
                new ScenarioResult.ModelFigures(900, 3, 2, 1900, 5200, 5600), ScenarioResult.Checks.NONE);
        EvalReport twice = EvalReport.ofRuns(List.of(List.of(scripted), List.of(failed)));
        String before = ResultsWriter.merge("# Results\n\n## Machine\n\nbox\n\n",
                ResultsWriter.section(REPORT, "eval.sh", LocalDate.of(2026, 11, 24)));
        String after = ResultsWriter.merge(before, ResultsWriter.section(twice, "eval.sh --mode scripted --repeat 2", LocalDate.of(2026, 11, 24)));
        assertTrue(after.contains("## Scenarios (deterministic)"), after);
        assertTrue(after.contains("## Scenarios (scripted)"), after);
        assertTrue(after.indexOf("## Scenarios (deterministic)") < after.indexOf("## Scenarios (scripted)"), after);
        assertTrue(after.contains("| oom | diagnose | pass | yes | 840 | 3 | 2 | 1900 | 4100 | ok |"), after);
        assertTrue(after.contains("Largest context of one model call: 4100 tokens as the engine estimates it"), after);
        assertTrue(after.contains("the model server counted at most 4420 prompt tokens (oom)"), after);
        assertTrue(after.contains("Stability over 2 runs: pass@1 100%, pass in every run 0%."), after);
        assertEquals(new EvalReport.Stability(2, 1.0, 0.0), twice.stability());
    }
}
