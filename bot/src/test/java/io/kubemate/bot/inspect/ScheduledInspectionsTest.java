package io.kubemate.bot.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduledInspectionsTest {

    @Test
    void posts_scheduled_reports_into_the_configured_console_thread() throws Exception {
        Map<String, Object> properties = Map.of(
                "kubemate.inspection.schedules.daily.cron", "* * * * * *",
                "kubemate.inspection.schedules.daily.namespace", "payments",
                "kubemate.inspection.schedules.daily.channels", List.of("web:ops-daily", "slack:C024BE91L"));
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), properties)) {
            JsonNode turns = null;
            for (int i = 0; i < 100 && (turns == null || turns.size() < 2); i++) {
                Thread.sleep(100);
                turns = new ObjectMapper().readTree(bot.get("/api/chat/ops-daily?user=web:dev").body()).get("turns");
            }
            assertTrue(turns != null && turns.size() >= 2, "expected two scheduled posts, got " + turns);
            assertTrue(turns.get(0).get("reply").asText().contains("(first run)"), turns.get(0).toString());
            assertTrue(turns.get(0).get("reply").asText().contains("CrashLoopBackOff"), turns.get(0).toString());
            assertTrue(turns.get(1).get("reply").asText().contains("0 new"), turns.get(1).toString());
            assertTrue(turns.get(1).get("text").asText().startsWith("Scheduled inspection daily of sandbox"), turns.get(1).toString());
        }
    }
}
