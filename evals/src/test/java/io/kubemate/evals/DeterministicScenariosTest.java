package io.kubemate.evals;

import io.kubemate.bot.chat.ChatReply;
import io.kubemate.tools.inspect.InspectionReport;
import io.kubemate.tools.outcome.Outcome;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeterministicScenariosTest {

    private static final Path SCENARIOS = Path.of("scenarios");

    @TestFactory
    Stream<DynamicTest> every_scenario_passes_without_an_llm() throws Exception {
        List<Scenario> scenarios = new ScenarioLoader().loadAll(SCENARIOS);
        assertFalse(scenarios.isEmpty(), "no scenarios under " + SCENARIOS.toAbsolutePath());
        DeterministicRunner runner = new DeterministicRunner();
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            ScenarioResult result = runner.run(s);
            assertTrue(result.pass(), result.reason());
        }));
    }

    @Test
    void the_scorer_fails_an_answer_without_the_root_cause() throws Exception {
        Scenario scenario = new ScenarioLoader().load(SCENARIOS.resolve("crashloop-payment"));
        ChatReply vague = new ChatReply("router", "payment-api is restarting.", "", "diagnose", List.of(), List.of(), List.of());
        ScenarioResult result = DeterministicRunner.score(scenario, vague, Outcome.ok(new InspectionReport(null, List.of())));
        assertFalse(result.pass());
        assertFalse(result.rootCauseFound());
        assertTrue(result.reason().contains("missing finding pod-crashloop"), result.reason());
    }

    @Test
    void the_scorer_fails_a_forbidden_proposal() throws Exception {
        Scenario scenario = new ScenarioLoader().load(SCENARIOS.resolve("crashloop-payment"));
        ChatReply risky = new ChatReply("router", "PAYMENT_GATEWAY_TIMEOUT", "", "diagnose", List.of(), List.of(),
                List.of(Map.of("action", "delete_pod")));
        ScenarioResult result = DeterministicRunner.score(scenario, risky, Outcome.ok(new InspectionReport(null, List.of())));
        assertTrue(result.reason().contains("forbidden action"), result.reason());
        assertEquals("crashloop-payment", result.id());
    }
}
