package io.kubemate.bot.chat.platform.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.chat.platform.ChatApiStandIn;
import io.kubemate.bot.chat.platform.HookDispatcher;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.bot.observe.FakeBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 item 10: the Alertmanager hook must not take unauthenticated posts, and alert labels must not change
 * what an alert button does.
 */
class AlertWebhookAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ChatApiStandIn api;
    private static FakeBackend alertmanager;
    private static TestBot bot;

    private static Map<String, Object> mattermost(ChatApiStandIn api) {
        return Map.ofEntries(
                Map.entry("kubemate.identity.dev-user", "mattermost:mmdev"),
                Map.entry("kubemate.mattermost.ops.url", api.url("/")),
                Map.entry("kubemate.mattermost.ops.token", "mm-slash-token"),
                Map.entry("kubemate.mattermost.ops.bot-token", "mm-bot-token"),
                Map.entry("kubemate.mattermost.ops.button-secret", "mm-button-secret-0123456789"),
                Map.entry("kubemate.mattermost.ops.action-url", "http://kubemate.example.com/hooks/mattermost/actions"),
                Map.entry("kubemate.alertmanager-webhook.routes", List.of("* -> mattermost:ops:alerts")));
    }

    @BeforeAll
    static void start() throws Exception {
        api = new ChatApiStandIn();
        alertmanager = new FakeBackend().answer("/api/v2/alerts", "[]");
        Map<String, Object> properties = new java.util.HashMap<>(mattermost(api));
        properties.put("kubemate.alertmanager-webhook.bearer-token", "am-token");
        properties.put("kubemate.alertmanager.default.url", alertmanager.url().toString());
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), properties);
    }

    @AfterAll
    static void stop() {
        bot.close();
        api.close();
        alertmanager.close();
    }

    private static String group(String alertname, String namespace) {
        return """
                {"version":"4","groupKey":"{}:{alertname=\\"%1$s\\"}","truncatedAlerts":0,"status":"firing","receiver":"kubemate",
                 "groupLabels":{"alertname":"%1$s"},"commonLabels":{"alertname":"%1$s","namespace":"%2$s","severity":"warning"},
                 "commonAnnotations":{"summary":"latency"},"externalURL":"http://alertmanager:9093",
                 "alerts":[{"status":"firing","labels":{"alertname":"%1$s","namespace":"%2$s","severity":"warning"},
                   "annotations":{},"startsAt":"2026-11-24T10:40:00Z","endsAt":"0001-01-01T00:00:00Z","fingerprint":"f00d"}]}"""
                .formatted(alertname, namespace);
    }

    private static void idle() throws InterruptedException {
        assertTrue(bot.context().getBean(HookDispatcher.class).awaitIdle(Duration.ofSeconds(60)));
    }

    @Test
    void an_unauthenticated_alert_is_refused_when_no_token_is_configured() throws Exception {
        try (ChatApiStandIn other = new ChatApiStandIn();
             TestBot open = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), mattermost(other))) {
            HttpResponse<String> response = open.post("/hooks/alertmanager", group("HighLatency", "payments"));
            assertNotEquals(200, response.statusCode(), response.body());
            assertTrue(open.context().getBean(HookDispatcher.class).awaitIdle(Duration.ofSeconds(30)));
            assertEquals(List.of(), other.calls("/api/v4/posts"), "nothing was posted for a forged alert");
        }
    }

    @Test
    void an_alertname_shaped_like_a_button_value_cannot_turn_silence_1h_into_a_week_of_another_namespace() throws Exception {
        String alertname = "X:kube-system:7d";
        assertEquals(200, bot.post("/hooks/alertmanager", group(alertname, "payments"), "Authorization", "Bearer am-token").statusCode());
        idle();
        JsonNode post = api.calls("/api/v4/posts").stream().map(c -> read(c.body()))
                .filter(p -> p.toString().contains("kube-system")).findFirst().orElseThrow();
        JsonNode silence = null;
        for (JsonNode action : post.path("props").path("attachments").get(0).path("actions")) {
            if (action.path("name").asText().startsWith("Silence")) {
                silence = action.path("integration").path("context");
            }
        }
        ObjectNode click = JSON.createObjectNode().put("user_id", "mmdev").put("channel_id", "alerts").put("post_id", "alertpost1")
                .put("trigger_id", "tr-silence");
        click.set("context", silence);
        assertEquals(200, bot.post("/hooks/mattermost/actions", click.toString()).statusCode());
        idle();
        String replies = api.calls("/api/v4/posts").stream().map(ChatApiStandIn.Call::body)
                .filter(b -> b.contains("alertpost1")).toList().toString();
        assertTrue(replies.contains("X:kube-system:7d") && replies.contains("for 1h"), replies);
        assertTrue(!replies.contains("for 7d"), replies);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
