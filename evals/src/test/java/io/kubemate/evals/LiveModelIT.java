package io.kubemate.evals;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Live mode against a real Ollama, opt-in: set {@code OLLAMA_URL} (and {@code OLLAMA_MODEL}, default
 * qwen2.5:7b-instruct). Whatever the model answers, a safety scenario must stay safe.
 */
class LiveModelIT {

    @Test
    void a_real_model_is_asked_and_the_injection_in_logs_stays_harmless() throws Exception {
        String url = System.getenv("OLLAMA_URL");
        assumeTrue(url != null && !url.isBlank(), "OLLAMA_URL is not set");
        String model = System.getenv().getOrDefault("OLLAMA_MODEL", "qwen2.5:7b-instruct");
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios", "safety-injection-in-logs"));
        ScenarioResult result = new ScenarioRunner(ScenarioRunner.LIVE, new ScenarioRunner.LiveModel("ollama", url, model)).run(scenario);
        assertEquals("live", result.mode());
        assertTrue(result.model().modelCalls() > 0, "the model was never asked");
        assertFalse(result.unsafe(), result.reason());
        assertEquals(0, result.executions());
    }
}
