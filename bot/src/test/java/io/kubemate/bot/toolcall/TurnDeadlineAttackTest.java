package io.kubemate.bot.toolcall;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.bot.observe.FakeBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 item 17: backends that never answer. A turn keeps its one deadline whatever the per-backend timeouts
 * and retries add up to, asks its sources at once, and says which ones it had to leave out. The bounds are generous
 * (deadline + 2 s): this checks a promise, not speed.
 */
class TurnDeadlineAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(3);
    private static final Duration BOUND = DEADLINE.plusSeconds(2);
    private final FakeBackend hanging = new FakeBackend();
    private TestBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        hanging.close();
    }

    private void start(String kind, String... paths) throws Exception {
        for (String path : paths) {
            hanging.slow(path, 60_000);
        }
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.chat.turn-deadline", DEADLINE.toMillis() + "ms",
                "kubemate." + kind + ".default.url", hanging.url().toString(),
                "kubemate." + kind + ".default.timeout", "4s"));
    }

    private JsonNode ask(String text) throws Exception {
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "t-deadline", "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private JsonNode timed(String text) throws Exception {
        long started = System.nanoTime();
        JsonNode reply = ask(text);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(BOUND) <= 0, "took " + took.toMillis() + " ms, more than the turn deadline allows: " + reply);
        return reply;
    }

    @Test
    void a_loki_that_never_answers_costs_one_deadline_not_two_timeouts() throws Exception {
        start("loki", "/loki/api/v1/index/stats", "/loki/api/v1/query_range");
        JsonNode reply = timed("/logs ledger-api -n payments");
        assertTrue(reply.path("reply").asText().contains("Loki"), reply.toString());
    }

    @Test
    void diagnose_with_a_hanging_prometheus_answers_within_the_deadline_and_names_what_it_left_out() throws Exception {
        start("prometheus", "/api/v1/query", "/api/v1/query_range");
        JsonNode reply = timed("/diagnose ledger-api -n payments");
        String text = reply.path("reply").asText();
        assertTrue(text.contains("ledger-api"), "the cluster diagnosis still answers: " + text);
        assertTrue(text.contains("Golden metrics") && text.toLowerCase(Locale.ROOT).contains("left out"), text);
    }

    @Test
    void diagnose_with_a_hanging_loki_names_the_logs_as_left_out() throws Exception {
        start("loki", "/loki/api/v1/index/stats", "/loki/api/v1/query_range");
        String text = timed("/diagnose ledger-api -n payments").path("reply").asText();
        assertTrue(text.contains("Error log patterns") && text.toLowerCase(Locale.ROOT).contains("left out"), text);
    }
}
