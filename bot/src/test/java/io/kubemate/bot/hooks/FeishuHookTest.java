package io.kubemate.bot.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.kubemate.bot.hooks.HookCalls.idle;
import static io.kubemate.bot.hooks.HookCalls.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /hooks/feishu} end to end: signed, encrypted events in; IM v1 calls to a stand-in Open API out. */
class FeishuHookTest {

    private static final String ENCRYPT_KEY = "kubemate-feishu-encrypt-key";
    private static final String VERIFICATION_TOKEN = "v-Ohw8k2j6gDl0ZtQ3wA1";
    private static final String CHAT = "oc_5ce6d572455d361153b7cb5xxfsdfsdfdsf";
    private static final String REQUESTER = "ou_84aad35d084aa403a838cf73ee18467";
    private static PlatformApiStandIn api;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        api = new PlatformApiStandIn((path, n) -> path.endsWith("/tenant_access_token/internal")
                ? "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-caecc734c2e3328a62489fe0648c4b98779515d3\",\"expire\":7200}"
                : "{\"code\":0,\"msg\":\"success\",\"data\":{\"message_id\":\"om_sent" + n + "\"}}");
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.identity.dev-user", "feishu:" + REQUESTER,
                "kubemate.feishu.ops.app-id", "cli_a1b2c3d4e5f6",
                "kubemate.feishu.ops.app-secret", "app-secret",
                "kubemate.feishu.ops.verification-token", VERIFICATION_TOKEN,
                "kubemate.feishu.ops.encrypt-key", ENCRYPT_KEY,
                "kubemate.feishu.ops.api-url", api.url("/open-apis")));
    }

    @AfterAll
    static void stop() {
        bot.close();
        api.close();
    }

    private static String event(String eventId, String type, String event) {
        return """
                {"schema":"2.0","header":{"event_id":"%s","token":"%s","create_time":"1764000000000","event_type":"%s",
                 "tenant_key":"736588c9260f175e","app_id":"cli_a1b2c3d4e5f6"},"event":%s}""".formatted(eventId, VERIFICATION_TOKEN, type, event);
    }

    /** A group message that mentions the bot, as {@code im.message.receive_v1} documents it. */
    private static String message(String eventId, String messageId, String text) {
        return event(eventId, "im.message.receive_v1", """
                {"sender":{"sender_id":{"union_id":"on_8ed6aa67826108097d9ee143816345","user_id":"e33ggbyz","open_id":"%s"},
                  "sender_type":"user","tenant_key":"736588c9260f175e"},
                 "message":{"message_id":"%s","root_id":"","parent_id":"","create_time":"1764000000000","chat_id":"%s",
                  "chat_type":"group","message_type":"text","content":"{\\"text\\":\\"@_user_1 %s\\"}",
                  "mentions":[{"key":"@_user_1","id":{"open_id":"ou_bot"},"name":"Kubemate","tenant_key":"736588c9260f175e"}]}}"""
                .formatted(REQUESTER, messageId, CHAT, text));
    }

    private static String click(String eventId, String operator, JsonNode value) {
        return event(eventId, "card.action.trigger", """
                {"operator":{"tenant_key":"736588c9260f175e","user_id":"867bcb5d","open_id":"%s"},
                 "token":"c-295ee57216a5dc9de90fefd0aadb4b1d7d337c5d","host":"im_message",
                 "action":{"value":%s,"tag":"button"},"context":{"open_message_id":"om_card","open_chat_id":"%s"}}"""
                .formatted(operator, value, CHAT));
    }

    private static HttpResponse<String> deliver(String plaintext, String encryptKey) throws Exception {
        String body = "{\"encrypt\":\"" + PlatformCiphers.encryptFeishu(ENCRYPT_KEY, plaintext) + "\"}";
        String ts = Long.toString(Instant.now().getEpochSecond());
        return HookCalls.send(bot, "POST", "/hooks/feishu", "application/json", body, "X-Lark-Request-Timestamp", ts,
                "X-Lark-Request-Nonce", "13f6a1c4", "X-Lark-Signature",
                PlatformCiphers.feishuSignature(ts, "13f6a1c4", encryptKey, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<PlatformApiStandIn.Call> replies(String messageId) {
        return api.calls("/open-apis/im/v1/messages/" + messageId + "/reply");
    }

    @Test
    void answers_the_encrypted_url_verification() throws Exception {
        String challenge = "{\"challenge\":\"ajls384kdjx98XX\",\"token\":\"" + VERIFICATION_TOKEN + "\",\"type\":\"url_verification\"}";
        HttpResponse<String> response = HookCalls.send(bot, "POST", "/hooks/feishu", "application/json",
                "{\"encrypt\":\"" + PlatformCiphers.encryptFeishu(ENCRYPT_KEY, challenge) + "\"}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("ajls384kdjx98XX", read(response.body()).path("challenge").asText());
    }

    @Test
    void a_redelivered_event_gets_exactly_one_reply_in_the_thread_and_a_bad_signature_is_refused() throws Exception {
        String event = message("5e3702a84e847582be8db7fb73283c02", "om_dup", "get pods in payments");
        HttpResponse<String> forged = deliver(event, "wrong-key");
        assertEquals(401, forged.statusCode());
        assertEquals("Feishu signature does not match any configured Encrypt Key", read(forged.body()).path("error").asText());
        assertEquals(200, deliver(event, ENCRYPT_KEY).statusCode());
        assertEquals(200, deliver(event, ENCRYPT_KEY).statusCode());
        idle(bot);
        assertEquals(1, replies("om_dup").size(), api.calls("/open-apis/im/v1/messages").toString());
        JsonNode reply = read(replies("om_dup").getFirst().body());
        assertEquals("interactive", reply.path("msg_type").asText());
        assertTrue(reply.path("content").asText().contains("payment-api-7d9f8b6c5d-x2k4p"), reply.toString());
    }

    @Test
    void a_card_confirm_is_refused_for_another_person_and_executes_for_the_requester_in_the_same_thread() throws Exception {
        assertEquals(200, deliver(message("ev-scale-1", "om_scale", "scale payment-api to 3"), ENCRYPT_KEY).statusCode());
        idle(bot);
        JsonNode card = read(read(replies("om_scale").getFirst().body()).path("content").asText());
        JsonNode confirm = null;
        for (JsonNode element : card.path("elements")) {
            for (JsonNode action : element.path("actions")) {
                if ("confirm".equals(action.path("value").path("kubemate_action").asText())) {
                    confirm = action.path("value");
                }
            }
        }
        assertTrue(confirm != null, card.toString());
        assertEquals("om_scale", confirm.path("thread").asText());
        assertEquals(200, deliver(click("ev-click-other", "ou_someone_else", confirm), ENCRYPT_KEY).statusCode());
        idle(bot);
        assertEquals(2, replies("om_scale").size());
        assertTrue(replies("om_scale").stream().noneMatch(FeishuHookTest::executed), replies("om_scale").toString());
        assertEquals(200, deliver(click("ev-click-mine", REQUESTER, confirm), ENCRYPT_KEY).statusCode());
        idle(bot);
        assertTrue(replies("om_scale").stream().anyMatch(FeishuHookTest::executed), replies("om_scale").toString());
    }

    private static boolean executed(PlatformApiStandIn.Call call) {
        return call.body().contains("Done:") && !call.body().contains("Not done:");
    }
}
