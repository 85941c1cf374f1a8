package io.kubemate.bot.chat.platform.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.chat.platform.HookCalls;
import io.kubemate.bot.chat.platform.PlatformApiStandIn;
import io.kubemate.bot.chat.platform.PlatformCiphers;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.kubemate.bot.chat.platform.HookCalls.idle;
import static io.kubemate.bot.chat.platform.HookCalls.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /hooks/feishu} end to end: signed, encrypted events in; IM v1 calls to a stand-in Open API out. */
class FeishuHookTest {

    private static final String ENCRYPT_KEY = "kubemate-feishu-encrypt-key";
    private static final String VERIFICATION_TOKEN = "v-Ohw8k2j6gDl0ZtQ3wA1";
    private static final String CHAT = FeishuEvents.CHAT;
    private static final String REQUESTER = FeishuEvents.REQUESTER;
    private static final FeishuEvents EVENTS = new FeishuEvents(VERIFICATION_TOKEN);
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
        String event = EVENTS.message("5e3702a84e847582be8db7fb73283c02", "om_dup", "get pods in payments");
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
        assertEquals(200, deliver(EVENTS.message("ev-scale-1", "om_scale", "scale payment-api to 3"), ENCRYPT_KEY).statusCode());
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
        assertEquals(200, deliver(EVENTS.click("ev-click-other", "ou_someone_else", confirm), ENCRYPT_KEY).statusCode());
        idle(bot);
        assertEquals(2, replies("om_scale").size());
        assertTrue(replies("om_scale").stream().noneMatch(FeishuHookTest::executed), replies("om_scale").toString());
        assertEquals(200, deliver(EVENTS.click("ev-click-mine", REQUESTER, confirm), ENCRYPT_KEY).statusCode());
        idle(bot);
        assertTrue(replies("om_scale").stream().anyMatch(FeishuHookTest::executed), replies("om_scale").toString());
    }

    private static boolean executed(PlatformApiStandIn.Call call) {
        return call.body().contains("Done:") && !call.body().contains("Not done:");
    }
}
