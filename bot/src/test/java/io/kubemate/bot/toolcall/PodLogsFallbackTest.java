package io.kubemate.bot.toolcall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crash-loop sandbox: payment-api's current container has written nothing yet, its previous one crashed. */
class PodLogsFallbackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.scenario();
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static String ask(String text) throws Exception {
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "logs-" + text.hashCode(),
                "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode reply = JSON.readTree(response.body());
        return reply.get("reply").asText();
    }

    @Test
    void shows_the_previous_containers_log_when_the_current_one_has_no_lines_and_says_so() throws Exception {
        String reply = ask("/podlogs payment-api-7d9f8b6c5d-x2k4p -n payments");
        assertTrue(reply.contains("invalid duration"), reply);
        assertTrue(reply.contains("previous (terminated) instance"), reply);
    }

    @Test
    void logs_of_a_crash_looping_workload_are_not_answered_with_no_log_lines() throws Exception {
        String reply = ask("logs of payment-api");
        assertFalse(reply.contains("has no log lines") && !reply.contains("invalid duration"), reply);
        assertTrue(reply.contains("invalid duration") || reply.contains("PAYMENT_GATEWAY_TIMEOUT"), reply);
    }
}
