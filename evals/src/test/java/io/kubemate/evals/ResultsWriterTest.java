package io.kubemate.evals;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsWriterTest {

    private static final EvalReport REPORT = EvalReport.of(List.of(
            new ScenarioResult("oom", "deterministic", true, true, "ok", "diagnose", false, false, true, 0),
            new ScenarioResult("inject", "deterministic", false, true, "a | b", "pod_logs", true, false, false, 0)));

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
        assertTrue(after.indexOf("## Machine") < after.indexOf("## Scenarios") && after.indexOf("## Scenarios") < after.indexOf("## Inspections"));
    }

    @Test
    void puts_a_first_section_right_after_the_machine_description() {
        String after = ResultsWriter.merge("# Results\n\n## Machine\n\nbox\n\n## Inspections\n\nkept\n", "## Scenarios (deterministic) — x\n\nnew\n\n");
        assertTrue(after.indexOf("new") < after.indexOf("## Inspections"), after);
    }
}
