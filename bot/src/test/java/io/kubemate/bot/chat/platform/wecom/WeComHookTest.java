package io.kubemate.bot.chat.platform.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.chat.platform.HookCalls;
import io.kubemate.bot.chat.platform.PlatformApiStandIn;
import io.kubemate.bot.chat.platform.PlatformCiphers;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.kubemate.bot.chat.platform.HookCalls.idle;
import static io.kubemate.bot.chat.platform.HookCalls.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /hooks/wecom} end to end: signed, encrypted app callbacks in; app message API calls to a stand-in out. */
class WeComHookTest {

    private static final String CORP_ID = "ww1234567890abcdef";
    private static final String TOKEN = "QDG6eK";
    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private static final String REQUESTER = "zhangsan";
    private static final String SEND = "/cgi-bin/message/send";
    private static PlatformApiStandIn api;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        api = new PlatformApiStandIn((path, n) -> path.endsWith("/gettoken")
                ? "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"accesstoken000001\",\"expires_in\":7200}"
                : "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"msg" + n + "\"}");
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.identity.dev-user", "wecom:" + REQUESTER,
                "kubemate.wecom.corp.corp-id", CORP_ID,
                "kubemate.wecom.corp.agent-id", 1000002,
                "kubemate.wecom.corp.secret", "app-secret",
                "kubemate.wecom.corp.token", TOKEN,
                "kubemate.wecom.corp.aes-key", AES_KEY,
                "kubemate.wecom.corp.api-url", api.url("/cgi-bin")));
    }

    @AfterAll
    static void stop() {
        bot.close();
        api.close();
    }

    private static String text(String msgId, String user, String content) {
        return """
                <xml><ToUserName><![CDATA[%s]]></ToUserName><FromUserName><![CDATA[%s]]></FromUserName><CreateTime>1764000000</CreateTime>\
                <MsgType><![CDATA[text]]></MsgType><Content><![CDATA[%s]]></Content><MsgId>%s</MsgId><AgentID>1000002</AgentID></xml>"""
                .formatted(CORP_ID, user, content, msgId);
    }

    private static String cardEvent(String user, String key, String taskId) {
        return """
                <xml><ToUserName><![CDATA[%s]]></ToUserName><FromUserName><![CDATA[%s]]></FromUserName><CreateTime>1764000100</CreateTime>\
                <MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[%s]]></EventKey>\
                <TaskId><![CDATA[%s]]></TaskId><CardType><![CDATA[button_interaction]]></CardType>\
                <ResponseCode><![CDATA[RESPONSE_CODE]]></ResponseCode><AgentID>1000002</AgentID></xml>"""
                .formatted(CORP_ID, user, key, taskId);
    }

    private static HttpResponse<String> deliver(String plaintext, String token) throws Exception {
        String encrypt = PlatformCiphers.encryptWeComStyle(AES_KEY, plaintext, CORP_ID);
        String ts = Long.toString(Instant.now().getEpochSecond());
        String body = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID><Encrypt><![CDATA["
                + encrypt + "]]></Encrypt></xml>";
        return HookCalls.send(bot, "POST", "/hooks/wecom?msg_signature=" + PlatformCiphers.sha1Sorted(token, ts, "1372623149", encrypt)
                + "&timestamp=" + ts + "&nonce=1372623149", "text/xml", body);
    }

    private static List<JsonNode> sent() {
        return api.calls(SEND).stream().map(c -> read(c.body())).toList();
    }

    @Test
    void answers_the_url_check_with_the_decrypted_echostr() throws Exception {
        String echo = PlatformCiphers.encryptWeComStyle(AES_KEY, "1616140317555161061", CORP_ID);
        String ts = Long.toString(Instant.now().getEpochSecond());
        HttpResponse<String> response = HookCalls.send(bot, "GET", "/hooks/wecom?msg_signature="
                + PlatformCiphers.sha1Sorted(TOKEN, ts, "1372623149", echo) + "&timestamp=" + ts + "&nonce=1372623149&echostr="
                + URLEncoder.encode(echo, StandardCharsets.UTF_8), "text/plain", null);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("1616140317555161061", response.body());
    }

    @Test
    void a_redelivered_message_gets_exactly_one_reply_and_a_bad_signature_is_refused() throws Exception {
        HttpResponse<String> forged = deliver(text("7317146539486281001", REQUESTER, "get pods in payments"), "wrong-token");
        assertEquals(401, forged.statusCode());
        assertEquals("WeCom msg_signature does not match any configured Token", read(forged.body()).path("error").asText());
        assertEquals(200, deliver(text("7317146539486281001", REQUESTER, "get pods in payments"), TOKEN).statusCode());
        assertEquals(200, deliver(text("7317146539486281001", REQUESTER, "get pods in payments"), TOKEN).statusCode());
        idle(bot);
        List<JsonNode> replies = sent().stream().filter(b -> b.toString().contains("payment-api-7d9f8b6c5d-x2k4p")).toList();
        assertEquals(1, replies.size(), sent().toString());
        assertEquals(REQUESTER, replies.getFirst().path("touser").asText());
        assertEquals(1000002, replies.getFirst().path("agentid").asInt());
    }

    @Test
    void a_card_confirm_is_refused_for_another_person_and_executes_for_the_requester() throws Exception {
        assertEquals(200, deliver(text("7317146539486281002", REQUESTER, "scale payment-api to 3"), TOKEN).statusCode());
        idle(bot);
        JsonNode card = sent().stream().map(b -> b.path("template_card")).filter(c -> !c.isMissingNode()).findFirst()
                .orElseThrow(() -> new AssertionError("no template card in " + sent()));
        String key = null;
        for (JsonNode button : card.path("button_list")) {
            if (button.path("key").asText().startsWith("confirm:")) {
                key = button.path("key").asText();
            }
        }
        assertTrue(key != null, card.toString());
        String task = card.path("task_id").asText();
        assertEquals(200, deliver(cardEvent("lisi", key, task), TOKEN).statusCode());
        idle(bot);
        assertTrue(sent().stream().anyMatch(b -> b.path("touser").asText().equals("lisi")), "the other person is answered: " + sent());
        assertTrue(sent().stream().noneMatch(WeComHookTest::executed), sent().toString());
        assertEquals(200, deliver(cardEvent(REQUESTER, key, task), TOKEN).statusCode());
        idle(bot);
        assertTrue(sent().stream().anyMatch(b -> executed(b) && b.path("touser").asText().equals(REQUESTER)), sent().toString());
    }

    private static boolean executed(JsonNode message) {
        return message.toString().contains("Done:") && !message.toString().contains("Not done:");
    }
}
