package io.kubemate.bot.chat.platform.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.chat.platform.HookCalls;
import io.kubemate.bot.chat.platform.PlatformApiStandIn;
import io.kubemate.bot.chat.platform.PlatformCiphers;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.connectors.dingtalk.DingTalkSignatureVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.kubemate.bot.chat.platform.HookCalls.idle;
import static io.kubemate.bot.chat.platform.HookCalls.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /hooks/dingtalk} end to end: signed, encrypted robot callbacks in; robot OpenAPI calls to a stand-in out. */
class DingTalkHookTest {

    private static final String APP_KEY = "dingh2hwao9znuoqz41d";
    private static final String APP_SECRET = "gHg2QXKdFDvqLxkTh0zrQNbRyKbL3yN3Jk2-4wGVwRs";
    private static final String TOKEN = "ACfd7GB2IQMUAamb1AqbDBTr4kCjMXZgp";
    private static final String AES_KEY = "4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij";
    private static final String GROUP = "cidp8mQ9tLr3JE0ezm3QCyJ8g==";
    private static final String REQUESTER = "0447654442691174";
    private static final String SEND = "/v1.0/robot/groupMessages/send";
    private static PlatformApiStandIn api;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        api = new PlatformApiStandIn((path, n) -> path.endsWith("/oauth2/accessToken")
                ? "{\"accessToken\":\"fw8ef8we8f76e6f7s8df8s\",\"expireIn\":7200}"
                : "{\"processQueryKey\":\"pqk" + n + "\"}");
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.identity.dev-user", "dingtalk:" + REQUESTER,
                "kubemate.dingtalk.ops.app-key", APP_KEY,
                "kubemate.dingtalk.ops.app-secret", APP_SECRET,
                "kubemate.dingtalk.ops.token", TOKEN,
                "kubemate.dingtalk.ops.aes-key", AES_KEY,
                "kubemate.dingtalk.ops.api-url", api.url("/")));
    }

    @AfterAll
    static void stop() {
        bot.close();
        api.close();
    }

    /** A robot message as DingTalk documents it (group chat, the bot mentioned). */
    private static String message(String msgId, String user, String text) {
        return """
                {"conversationId":"%s","atUsers":[{"dingtalkId":"$:LWCP_v1:$bot"}],"chatbotCorpId":"dinge8a565dcb0a8c9c3",
                 "chatbotUserId":"$:LWCP_v1:$bot","msgId":"%s","senderNick":"张三","isAdmin":true,"senderStaffId":"%s",
                 "sessionWebhookExpiredTime":1764003600000,"createAt":1764000000000,"senderCorpId":"dinge8a565dcb0a8c9c3",
                 "conversationType":"2","senderId":"$:LWCP_v1:$sender","conversationTitle":"运维群","isInAtList":true,
                 "text":{"content":" %s"},"robotCode":"%s","msgtype":"text"}""".formatted(GROUP, msgId, user, text, APP_KEY);
    }

    private static HttpResponse<String> deliver(String plaintext, String appSecret) throws Exception {
        String encrypt = PlatformCiphers.encryptWeComStyle(AES_KEY, plaintext, APP_KEY);
        String ts = Long.toString(Instant.now().getEpochSecond());
        String signature = PlatformCiphers.sha1Sorted(TOKEN, ts, "nonce7", encrypt);
        String millis = Long.toString(Instant.now().toEpochMilli());
        return HookCalls.send(bot, "POST", "/hooks/dingtalk?signature=" + signature + "&timestamp=" + ts + "&nonce=nonce7",
                "application/json", "{\"encrypt\":\"" + encrypt + "\"}",
                "timestamp", millis, "sign", DingTalkSignatureVerifier.sign(appSecret, millis));
    }

    private static List<JsonNode> sent() {
        return api.calls(SEND).stream().map(c -> read(c.body())).toList();
    }

    @Test
    void a_duplicated_delivery_gets_exactly_one_reply_in_the_group_and_dingtalk_gets_its_encrypted_success() throws Exception {
        HttpResponse<String> first = deliver(message("msgDup1==", REQUESTER, "get pods in payments"), APP_SECRET);
        assertEquals(200, first.statusCode(), first.body());
        JsonNode answer = read(first.body());
        assertEquals(PlatformCiphers.sha1Sorted(TOKEN, answer.path("timeStamp").asText(), answer.path("nonce").asText(),
                answer.path("encrypt").asText()), answer.path("msg_signature").asText());
        assertEquals(200, deliver(message("msgDup1==", REQUESTER, "get pods in payments"), APP_SECRET).statusCode());
        idle(bot);
        List<JsonNode> replies = sent().stream().filter(b -> b.toString().contains("payment-api-7d9f8b6c5d-x2k4p")).toList();
        assertEquals(1, replies.size(), sent().toString());
        assertEquals(GROUP, replies.getFirst().path("openConversationId").asText());
        assertEquals(APP_KEY, replies.getFirst().path("robotCode").asText());
        assertEquals(1, api.calls("/v1.0/oauth2/accessToken").size(), "the access token is cached");
    }

    @Test
    void an_inspection_export_on_dingtalk_is_the_markdown_summary_and_where_to_get_the_html() throws Exception {
        // kube-system: a report whose findings do not name the pods the other tests of this group look for
        assertEquals(200, deliver(message("msgExport1==", REQUESTER, "导出 kube-system 的巡检报告"), APP_SECRET).statusCode());
        idle(bot);
        List<JsonNode> replies = sent().stream().filter(b -> b.toString().contains("不支持发送文件")).toList();
        assertEquals(1, replies.size(), sent().toString());
        String reply = replies.getFirst().toString();
        assertTrue(reply.contains("kube-system") && reply.contains("巡检结果") && reply.contains("inspect --format html --out FILE"), reply);
        assertTrue(!reply.contains("<!doctype html>"), "no HTML is pasted into the group: " + reply);
    }

    @Test
    void refuses_a_wrong_sign_and_a_plaintext_body() throws Exception {
        HttpResponse<String> forged = deliver(message("msgBad==", REQUESTER, "get pods"), "not-the-secret");
        assertEquals(401, forged.statusCode());
        assertEquals("DingTalk sign does not match any configured AppSecret", read(forged.body()).path("error").asText());
        String millis = Long.toString(Instant.now().toEpochMilli());
        HttpResponse<String> plain = HookCalls.send(bot, "POST", "/hooks/dingtalk", "application/json",
                message("msgPlain==", REQUESTER, "get pods"), "timestamp", millis, "sign", DingTalkSignatureVerifier.sign(APP_SECRET, millis));
        assertEquals(401, plain.statusCode());
        assertTrue(read(plain.body()).path("error").asText().contains("must be encrypted"), plain.body());
    }

    @Test
    void a_proposal_is_confirmed_only_by_its_requester_through_the_card_button() throws Exception {
        assertEquals(200, deliver(message("msgScale==", REQUESTER, "scale payment-api to 3"), APP_SECRET).statusCode());
        idle(bot);
        JsonNode card = sent().stream().filter(b -> b.path("msgKey").asText().startsWith("sampleActionCard")).findFirst()
                .orElseThrow(() -> new AssertionError("no ActionCard in " + sent()));
        JsonNode param = read(card.path("msgParam").asText());
        String link = param.path("actionURL1").asText();
        String command = URLDecoder.decode(link.substring(link.indexOf("content=") + "content=".length()), StandardCharsets.UTF_8);
        assertTrue(command.startsWith("/kubemate confirm "), link);
        int before = sent().size();
        assertEquals(200, deliver(message("msgOther==", "0999999999", command), APP_SECRET).statusCode());
        idle(bot);
        assertEquals(before + 1, sent().size(), "the other person is answered");
        assertTrue(sent().stream().noneMatch(DingTalkHookTest::executed), sent().toString());
        assertEquals(200, deliver(message("msgConfirm==", REQUESTER, command), APP_SECRET).statusCode());
        idle(bot);
        assertTrue(sent().stream().anyMatch(DingTalkHookTest::executed), sent().toString());
    }

    private static boolean executed(JsonNode message) {
        return message.toString().contains("Done:") && !message.toString().contains("Not done:");
    }
}
