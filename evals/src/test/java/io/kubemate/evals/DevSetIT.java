package io.kubemate.evals;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Runs the broken-app development set (issue 19) in deterministic mode and checks that the harness scores every case.
 * Its figures are measured and recorded (evals/dev19-first-run.md), not held here yet: the diagnosis engine is being
 * improved against them, and a floor belongs here once the final figures are recorded.
 */
class DevSetIT {

    @Test
    void every_dev_case_runs_and_is_scored_on_the_three_targets() throws Exception {
        List<Scenario> cases = new ScenarioLoader().loadAll(Path.of("scenarios")).stream().filter(DevSet::member).toList();
        ScenarioRunner runner = new ScenarioRunner();
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : cases) {
            results.add(runner.run(scenario));
        }
        String broken = results.stream().filter(r -> r.reason().startsWith("could not run") || r.devSet() == null)
                .map(r -> r.id() + ": " + r.reason()).collect(Collectors.joining("\n"));
        assertEquals("", broken);
        DevSetSummary summary = EvalReport.of(results).devSet();
        assertNotNull(summary);
        assertEquals(cases.size(), summary.cases());
        assertEquals(cases.stream().filter(s -> "zh".equals(s.lang())).count(), summary.zhQuestions());
    }
}
