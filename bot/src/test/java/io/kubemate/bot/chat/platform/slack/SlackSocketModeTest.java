package io.kubemate.bot.chat.platform.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.chat.platform.HookDispatcher;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slack over Socket Mode: the bot connects out, acknowledges each envelope and answers like the HTTP hook. */
class SlackSocketModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SlackSocketStandIn slack;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        slack = new SlackSocketStandIn();
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.identity.dev-user", "slack:U024BE7LH",
                "kubemate.slack.acme.app-token", "xapp-1-test",
                "kubemate.slack.acme.bot-token", "xoxb-test",
                "kubemate.slack.acme.api-url", slack.apiUrl()));
        await(() -> slack.connections() == 1, "the bot connected to Socket Mode");
    }

    @AfterAll
    static void stop() {
        bot.close();
        slack.close();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private static List<JsonNode> posts(String threadTs) {
        return slack.calls("/api/chat.postMessage").stream().map(c -> {
            try {
                return JSON.readTree(c.body());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).filter(b -> b.path("thread_ts").asText().equals(threadTs)).toList();
    }

    private static String mention(String envelope, String eventId, String ts, String text) {
        return """
                {"envelope_id":"%s","type":"events_api","accepts_response_payload":false,"retry_attempt":0,
                 "payload":{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s","event_time":1764000000,
                  "event":{"type":"app_mention","user":"U024BE7LH","text":"<@U0BOT> %s","ts":"%s","channel":"C1","event_ts":"%s"}}}"""
                .formatted(envelope, eventId, text, ts, ts);
    }

    @Test
    void opens_the_connection_with_the_app_token_and_answers_a_mention_once_even_when_redelivered() throws Exception {
        assertEquals("Bearer xapp-1-test", slack.calls("/api/apps.connections.open").getFirst().authorization());
        slack.push(mention("env-1", "Ev-sock-1", "1764000300.000100", "get pods in payments"));
        slack.push(mention("env-2", "Ev-sock-1", "1764000300.000100", "get pods in payments"));
        await(() -> slack.received().containsAll(List.of("{\"envelope_id\":\"env-1\"}", "{\"envelope_id\":\"env-2\"}")),
                "both envelopes acknowledged: " + slack.received());
        await(() -> !posts("1764000300.000100").isEmpty(), "a reply in the thread");
        assertTrue(bot.context().getBean(HookDispatcher.class).awaitIdle(Duration.ofSeconds(30)));
        List<JsonNode> replies = posts("1764000300.000100");
        assertEquals(1, replies.size(), replies.toString());
        assertTrue(replies.getFirst().toString().contains("payment-api"), replies.getFirst().toString());
    }

    @Test
    void a_slash_command_over_the_socket_is_answered_in_its_channel() throws Exception {
        slack.push("""
                {"envelope_id":"env-3","type":"slash_commands","accepts_response_payload":true,
                 "payload":{"token":"x","team_id":"T1","channel_id":"C7","user_id":"U024BE7LH","command":"/kubemate",
                  "text":"get pods in payments","trigger_id":"trig-sock-1"}}""");
        await(() -> slack.received().contains("{\"envelope_id\":\"env-3\"}"), "acknowledged");
        await(() -> slack.calls("/api/chat.postMessage").stream().anyMatch(c -> c.body().contains("\"C7\"")), "a reply in C7");
    }

    @Test
    void reconnects_when_slack_asks_it_to() throws Exception {
        int before = slack.connections();
        slack.push("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"applink-1\"}}");
        await(() -> slack.connections() == before + 1, "a new connection after disconnect");
        assertTrue(slack.calls("/api/apps.connections.open").size() >= 2, "a fresh URL was asked for");
    }
}
