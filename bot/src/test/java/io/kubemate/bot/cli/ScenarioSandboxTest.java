package io.kubemate.bot.cli;

import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioSandboxTest {

    private static final Path TRAEFIK = Path.of("../evals/scenarios/traefik-route-latency");

    private static String ask(TestBot bot, String text) throws Exception {
        var response = bot.post("/api/chat", "{\"user\":\"web:dev\",\"conversation\":\"c1\",\"text\":\"" + text + "\"}");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    @Test
    void a_scenario_sandbox_serves_its_alerts_and_logs_through_the_read_tools() throws Exception {
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TRAEFIK), Map.of())) {
            assertTrue(ask(bot, "show the firing alerts").contains("RedisProxyLatencyHigh"));
            assertTrue(ask(bot, "show warnings from traefik in traefik").contains("route match slow"));
        }
    }

    @Test
    void an_endpoint_the_caller_configures_wins_over_the_stand_in() throws Exception {
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TRAEFIK), Map.of("kubemate.alertmanager.default.url", "http://127.0.0.1:9"))) {
            assertFalse(ask(bot, "show the firing alerts").contains("RedisProxyLatencyHigh"));
        }
    }

    @Test
    void manifests_without_fixtures_get_no_stand_ins() throws Exception {
        assertTrue(ClusterOptions.manifests(TRAEFIK.resolve("cluster")).startBackends().properties().isEmpty());
        assertTrue(ClusterOptions.kubeconfig().startBackends().properties().isEmpty());
    }
}
