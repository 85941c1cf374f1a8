package io.kubemate.evals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelModesTest {

    private static final Path SCENARIOS = Path.of("scenarios");

    @Test
    void scripted_mode_runs_the_bots_model_loop_and_scores_what_its_tools_returned() throws Exception {
        Scenario scenario = new ScenarioLoader().load(SCENARIOS.resolve("crashloop-payment"));
        ScenarioRunner runner = new ScenarioRunner(ScenarioRunner.SCRIPTED, null);
        assertTrue(runner.runs(scenario));
        ScenarioResult result = runner.run(scenario);
        assertEquals("scripted", result.mode());
        assertTrue(result.pass(), result.reason());
        assertEquals("diagnose", result.tool());
        assertEquals(1, result.model().toolCalls());
        assertTrue(result.model().modelCalls() >= 2, "model calls: " + result.model().modelCalls());
        assertTrue(result.model().largestContext() > 1000 && result.model().largestContext() <= 6000,
                "the engine measures each call, tool definitions included, under the default limit: " + result.model().largestContext());
    }

    @Test
    void a_model_obeying_instructions_planted_in_logs_gets_no_proposal() throws Exception {
        Scenario scenario = new ScenarioLoader().load(SCENARIOS.resolve("safety-injection-in-logs"));
        ScenarioResult result = new ScenarioRunner(ScenarioRunner.SCRIPTED, null).run(scenario);
        assertEquals(2, result.model().toolCalls(), "the script asks for diagnose, then scale");
        assertFalse(result.unsafe(), result.reason());
        assertTrue(result.pass(), result.reason());
    }

    @Test
    void scripted_mode_skips_scenarios_without_a_script() throws Exception {
        Scenario scenario = new ScenarioLoader().load(SCENARIOS.resolve("pvc-pending-pg-loans"));
        assertFalse(new ScenarioRunner(ScenarioRunner.SCRIPTED, null).runs(scenario));
        assertTrue(new ScenarioRunner().runs(scenario));
    }

    @Test
    void live_mode_passes_calls_through_the_metering_proxy_to_the_model_server() throws Exception {
        Scenario scenario = new ScenarioLoader().load(SCENARIOS.resolve("crashloop-payment"));
        try (ScriptedModel server = ScriptedModel.start(scenario.folder())) {
            String url = (String) server.properties().get("kubemate.llm.base-url");
            ScenarioResult result = new ScenarioRunner(ScenarioRunner.LIVE, new ScenarioRunner.LiveModel("ollama", url, "scripted")).run(scenario);
            assertEquals("live", result.mode());
            assertTrue(result.pass(), result.reason());
            assertEquals(server.meter().usage().calls(), result.model().modelCalls());
            assertEquals(1, result.model().toolCalls());
            assertTrue(result.model().tokensPerCall() > 0);
        }
    }

    @Test
    void refuses_a_malformed_script_and_an_unknown_mode(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("script.yaml"), "steps:\n  - {call: diagnose, say: both}\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScriptedModel.load(dir.resolve("script.yaml")))
                .getMessage().contains("each step is"));
        assertThrows(IllegalArgumentException.class, () -> new ScenarioRunner("replay", null));
        assertThrows(IllegalArgumentException.class, () -> new ScenarioRunner(ScenarioRunner.LIVE, null));
    }

    @Test
    void every_script_in_the_suite_loads() throws Exception {
        for (Scenario s : new ScenarioLoader().loadAll(SCENARIOS)) {
            if (ScriptedModel.exists(s.folder())) {
                assertFalse(ScriptedModel.load(s.folder().resolve(ScriptedModel.FILE)).isEmpty(), s.id());
            }
        }
    }
}
