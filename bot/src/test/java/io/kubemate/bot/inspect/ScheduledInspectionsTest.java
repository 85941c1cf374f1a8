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

    @Test
    void posts_a_schedule_configured_in_chinese_in_chinese() throws Exception {
        Map<String, Object> properties = Map.of(
                "kubemate.inspection.schedules.daily-zh.cron", "* * * * * *",
                "kubemate.inspection.schedules.daily-zh.namespace", "payments",
                "kubemate.inspection.schedules.daily-zh.language", "zh",
                "kubemate.inspection.schedules.daily-zh.channels", List.of("web:ops-zh"));
        try (TestBot bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), properties)) {
            JsonNode turns = null;
            for (int i = 0; i < 100 && (turns == null || turns.size() < 2); i++) {
                Thread.sleep(100);
                turns = new ObjectMapper().readTree(bot.get("/api/chat/ops-zh?user=web:dev").body()).get("turns");
            }
            assertTrue(turns != null && turns.size() >= 2, "expected two scheduled posts, got " + turns);
            String first = turns.get(0).get("reply").asText();
            assertTrue(first.startsWith("**命名空间 `payments` 巡检结果**：严重 ") && first.contains("（首次巡检）"), first);
            assertTrue(first.contains("CrashLoopBackOff：容器 api 反复退出") && !first.contains("keeps exiting"), first);
            assertTrue(turns.get(1).get("reply").asText().contains("新增 0 项"), turns.get(1).toString());
            assertTrue(turns.get(1).get("text").asText().startsWith("定时巡检 daily-zh（集群 sandbox）"), turns.get(1).toString());
        }
    }
}
