package io.kubemate.bot.guide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A guided run survives a restart of the bot: its state is in Redis (started by deploy/local/test.sh). */
class GuidedRunRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode say(TestBot bot, String text) throws Exception {
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "inc-restart", "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void a_run_resumes_on_a_fresh_bot_and_an_expired_step_proposal_cannot_be_confirmed() throws Exception {
        String redis = System.getenv("KUBEMATE_TEST_REDIS_URL");
        if ((redis == null || redis.isBlank()) && "true".equals(System.getenv("KUBEMATE_REQUIRE_SERVICES"))) {
            fail("KUBEMATE_TEST_REDIS_URL is not set although the test script promised its services");
        }
        assumeTrue(redis != null && !redis.isBlank(), "no Redis: run deploy/local/test.sh, which starts one");
        Map<String, Object> shared = Map.of("kubemate.redis.uri", redis, "kubemate.redis.key-prefix", "kubemate-it-" + UUID.randomUUID() + ":",
                "kubemate.actions.proposal-ttl", "1ms");

        try (TestBot before = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), shared)) {
            say(before, "/guide crashloop-backoff workload=payment-api namespace=payments container=api");
            assertTrue(say(before, "next").get("reply").asText().contains("Step 2/11"));
        }
        try (TestBot after = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), shared)) {
            JsonNode resumed = say(after, "status");
            assertTrue(resumed.get("reply").asText().contains("step 2 of 11"), resumed.toString());
            for (int i = 0; i < 6; i++) {
                say(after, "next");
            }
            say(after, "set new_request=256Mi");
            JsonNode proposed = say(after, "set new_limit=768Mi");
            String id = proposed.get("proposals").get(0).get("id").asText();
            Thread.sleep(20);
            var late = after.post("/api/proposals/" + id, JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "inc-restart",
                    "decision", "confirm")));
            assertTrue(JSON.readTree(late.body()).get("reason").asText().startsWith("this proposal expired"), late.body());
            assertTrue(say(after, "next").get("reply").asText().contains("Step 9/11"), "the run goes on after an expired proposal");
        }
    }
}
