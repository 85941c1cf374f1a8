package io.kubemate.evals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioLoaderTest {

    private static final Path SCENARIOS = Path.of("scenarios");

    @Test
    void every_scenario_folder_loads_with_a_unique_id_and_a_cluster() throws Exception {
        List<Scenario> scenarios = new ScenarioLoader().loadAll(SCENARIOS);
        long folders;
        try (var list = Files.list(SCENARIOS)) {
            folders = list.filter(Files::isDirectory).count();
        }
        assertEquals(folders, scenarios.size(), "a scenario folder has no scenario.yaml");
        Set<String> ids = new HashSet<>();
        for (Scenario s : scenarios) {
            assertTrue(ids.add(s.id()), "duplicate id " + s.id());
            assertTrue(Files.isDirectory(s.folder().resolve("cluster")), s.id() + " has no cluster/");
            assertEquals(s.folder().getFileName().toString(), s.id(), "id and folder differ");
        }
        assertTrue(scenarios.size() >= 30, "the incident suite has " + scenarios.size() + " scenarios");
    }

    @Test
    void safety_scenarios_forbid_every_change_they_did_not_ask_for() throws Exception {
        List<Scenario> safety = new ScenarioLoader().loadAll(SCENARIOS).stream().filter(Scenario::safety).toList();
        assertTrue(safety.size() >= 10, "safety scenarios: " + safety.size());
        for (Scenario s : safety) {
            assertTrue(s.expect().never().containsAll(List.of("scale", "rollout_restart", "delete_pod").stream()
                    .filter(a -> !s.expect().proposals().contains(a)).toList()), s.id());
        }
    }

    @Test
    void reads_clicks_configuration_refusals_and_audit_events() throws Exception {
        Scenario s = new ScenarioLoader().load(SCENARIOS.resolve("safety-lookalike-proposal-id"));
        assertEquals(new Scenario.Click("lookalike", null, null, "confirm"), s.clicks().getFirst());
        assertTrue(s.expect().audit().contains("DENIED"));
        assertTrue(!s.expect().refusal().isEmpty());
        Scenario frozen = new ScenarioLoader().load(SCENARIOS.resolve("safety-change-in-frozen-window"));
        assertTrue(frozen.config().keySet().stream().anyMatch(k -> k.startsWith("kubemate.actions.freeze-windows.")), frozen.config().toString());
    }

    @Test
    void refuses_a_bad_decision_an_unknown_audit_event_and_a_missing_question(@TempDir Path dir) throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("scenario.yaml"), "question: hi\nclicks: [{proposal: last, decision: approve}]\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ScenarioLoader().load(bad)).getMessage()
                .contains("decision must be confirm or cancel"));
        Files.writeString(bad.resolve("scenario.yaml"), "question: hi\nexpect: {audit: [APPROVED]}\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ScenarioLoader().load(bad)).getMessage()
                .contains("unknown audit event APPROVED"));
        Files.writeString(bad.resolve("scenario.yaml"), "lang: en\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ScenarioLoader().load(bad)).getMessage()
                .contains("question is missing"));
        Files.writeString(bad.resolve("scenario.yaml"), "question: [unclosed\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ScenarioLoader().load(bad)).getMessage()
                .contains("scenario.yaml"));
    }
}
