package io.kubemate.bot.chat.platform.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.kubemate.bot.chat.platform.HookCalls.JSON;
import static io.kubemate.bot.chat.platform.HookCalls.idle;
import static io.kubemate.bot.chat.platform.HookCalls.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DingTalk over Stream mode: the bot connects out, acknowledges each frame and answers like the HTTP hook. */
class DingTalkStreamModeTest {

    private static final String GROUP = "cidp8mQ9tLr3JE0ezm3QCyJ8g==";
    private static DingTalkStreamStandIn dingtalk;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        dingtalk = new DingTalkStreamStandIn();
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.identity.dev-user", "dingtalk:0447654442691174",
                "kubemate.dingtalk.ops.app-key", "dingh2hwao9znuoqz41d",
                "kubemate.dingtalk.ops.app-secret", "app-secret",
                "kubemate.dingtalk.ops.stream", true,
                "kubemate.dingtalk.ops.api-url", dingtalk.apiUrl()));
        await(() -> dingtalk.connections() == 1, "the bot connected to Stream mode");
    }

    @AfterAll
    static void stop() {
        bot.close();
        dingtalk.close();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    private static String callback(String messageId, String msgId, String text) throws Exception {
        String data = """
                {"conversationId":"%s","chatbotCorpId":"dinge8a565dcb0a8c9c3","msgId":"%s","senderNick":"张三",
                 "senderStaffId":"0447654442691174","conversationType":"2","senderId":"$:LWCP_v1:$sender",
                 "conversationTitle":"运维群","isInAtList":true,"text":{"content":" %s"},"robotCode":"dingh2hwao9znuoqz41d","msgtype":"text"}"""
                .formatted(GROUP, msgId, text);
        return JSON.createObjectNode().put("specVersion", "1.0").put("type", "CALLBACK").put("data", data)
                .set("headers", JSON.createObjectNode().put("appId", "a1").put("connectionId", "c1").put("contentType", "application/json")
                        .put("messageId", messageId).put("time", "1764000000000").put("topic", "/v1.0/im/bot/messages/get")).toString();
    }

    @Test
    void opens_the_connection_with_the_app_credentials_for_the_robot_topic() {
        JsonNode open = read(dingtalk.calls("/v1.0/gateway/connections/open").getFirst().body());
        assertEquals("dingh2hwao9znuoqz41d", open.path("clientId").asText());
        assertEquals("app-secret", open.path("clientSecret").asText());
        assertEquals("/v1.0/im/bot/messages/get", open.path("subscriptions").get(0).path("topic").asText());
    }

    @Test
    void a_callback_is_acknowledged_and_answered_once_even_when_pushed_twice() throws Exception {
        String frame = callback("msg-frame-1", "msgStream1==", "get pods in payments");
        dingtalk.push(frame);
        dingtalk.push(frame.replace("msg-frame-1", "msg-frame-2"));
        await(() -> dingtalk.received().stream().filter(r -> r.contains("msg-frame-")).count() == 2, "both frames acknowledged");
        await(() -> dingtalk.calls("/v1.0/robot/groupMessages/send").stream().anyMatch(c -> c.body().contains("payment-api-7d9f8b6c5d-x2k4p")),
                "the message was answered");
        idle(bot);
        JsonNode ack = read(dingtalk.received().stream().filter(r -> r.contains("msg-frame-1")).findFirst().orElseThrow());
        assertEquals(200, ack.path("code").asInt());
        List<JsonNode> replies = dingtalk.calls("/v1.0/robot/groupMessages/send").stream().map(c -> read(c.body()))
                .filter(b -> b.toString().contains("payment-api-7d9f8b6c5d-x2k4p")).toList();
        assertEquals(1, replies.size(), dingtalk.calls("/v1.0/robot/groupMessages/send").toString());
        assertEquals(GROUP, replies.getFirst().path("openConversationId").asText());
    }

    @Test
    void a_ping_is_answered_with_its_own_data() throws Exception {
        dingtalk.push("{\"specVersion\":\"1.0\",\"type\":\"SYSTEM\",\"headers\":{\"contentType\":\"application/json\",\"messageId\":\"ping-7\","
                + "\"time\":\"1764000000000\",\"topic\":\"ping\"},\"data\":\"{\\\"opaque\\\":\\\"3f2a\\\"}\"}");
        await(() -> dingtalk.received().stream().anyMatch(r -> r.contains("ping-7")), "the ping was answered");
        JsonNode pong = read(dingtalk.received().stream().filter(r -> r.contains("ping-7")).findFirst().orElseThrow());
        assertEquals("{\"opaque\":\"3f2a\"}", pong.path("data").asText());
    }
}
