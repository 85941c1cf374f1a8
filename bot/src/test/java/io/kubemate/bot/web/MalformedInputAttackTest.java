package io.kubemate.bot.web;

import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.connectors.slack.SlackSignatureVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Issue 18 item 16: malformed input to any HTTP entry point — broken percent-encoding, invalid UTF-8, bodies that are
 * not what the endpoint takes — is answered 400 (or 401/404/415 where that is the reason) with {@code {"error"}},
 * never 500. Signed where the platform signs with a shared secret, so the malformed part reaches the parser.
 */
class MalformedInputAttackTest {

    private static final String SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final byte[] INVALID_UTF8 = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.ofEntries(
                Map.entry("kubemate.identity.dev-user", "web:dev"),
                Map.entry("kubemate.slack.acme.signing-secret", SLACK_SECRET),
                Map.entry("kubemate.slack.acme.bot-token", "xoxb-test"),
                Map.entry("kubemate.slack.acme.api-url", "http://127.0.0.1:9/api"),
                Map.entry("kubemate.mattermost.ops.url", "http://127.0.0.1:9/"),
                Map.entry("kubemate.mattermost.ops.token", "mm-slash-token"),
                Map.entry("kubemate.mattermost.ops.bot-token", "mm-bot-token"),
                Map.entry("kubemate.mattermost.ops.button-secret", "mm-button-secret-0123456789"),
                Map.entry("kubemate.mattermost.ops.action-url", "http://kubemate.example.com/hooks/mattermost/actions"),
                Map.entry("kubemate.dingtalk.ops.app-key", "dingh2hwao9znuoqz41d"),
                Map.entry("kubemate.dingtalk.ops.app-secret", "gHg2QXKdFDvqLxkTh0zrQNbRyKbL3yN3Jk2-4wGVwRs"),
                Map.entry("kubemate.dingtalk.ops.token", "ACfd7GB2IQMUAamb1AqbDBTr4kCjMXZgp"),
                Map.entry("kubemate.dingtalk.ops.aes-key", "4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij"),
                Map.entry("kubemate.dingtalk.ops.api-url", "http://127.0.0.1:9/"),
                Map.entry("kubemate.feishu.ops.app-id", "cli_a1b2c3d4e5f6"),
                Map.entry("kubemate.feishu.ops.app-secret", "app-secret"),
                Map.entry("kubemate.feishu.ops.verification-token", "v-Ohw8k2j6gDl0ZtQ3wA1"),
                Map.entry("kubemate.feishu.ops.encrypt-key", "kubemate-feishu-encrypt-key"),
                Map.entry("kubemate.feishu.ops.api-url", "http://127.0.0.1:9/open-apis"),
                Map.entry("kubemate.wecom.corp.corp-id", "ww1234567890abcdef"),
                Map.entry("kubemate.wecom.corp.agent-id", 1000002),
                Map.entry("kubemate.wecom.corp.secret", "app-secret"),
                Map.entry("kubemate.wecom.corp.token", "QDG6eK"),
                Map.entry("kubemate.wecom.corp.aes-key", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"),
                Map.entry("kubemate.wecom.corp.api-url", "http://127.0.0.1:9/cgi-bin"),
                Map.entry("kubemate.teams.ops.app-id", "c9e8c047-2a74-40a2-b28a-b162d5f5327c"),
                Map.entry("kubemate.teams.ops.app-password", "app-password"),
                Map.entry("kubemate.teams.ops.signing-keys",
                        new OidcTokens("teams-1").jwksFile(Files.createTempDirectory("teams-keys")).toString()),
                Map.entry("kubemate.alertmanager-webhook.bearer-token", "am-token")));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> signedSlack(byte[] raw, String contentType) throws Exception {
        String ts = Long.toString(Instant.now().getEpochSecond());
        return RawHttp.post(bot, "/hooks/slack", raw, contentType, "X-Slack-Request-Timestamp", ts,
                "X-Slack-Signature", SlackSignatureVerifier.sign(SLACK_SECRET, ts, raw));
    }

    @Test
    void a_promql_command_with_a_non_ascii_query_is_not_a_server_error() throws Exception {
        HttpResponse<String> reply = bot.post("/api/chat", "{\"user\":\"web:dev\",\"conversation\":\"m1\",\"text\":\"/promql é\"}");
        assertNotEquals(500, reply.statusCode(), reply.body());
        if (reply.statusCode() != 200) {
            RawHttp.assertRefused(reply, 400);
        }
    }

    @Test
    void a_promql_command_with_percent_signs_is_not_a_server_error() throws Exception {
        HttpResponse<String> reply = bot.post("/api/chat", "{\"user\":\"web:dev\",\"conversation\":\"m2\",\"text\":\"/promql up{job=\\\"%%%\\\"} & é=1#\"}");
        assertNotEquals(500, reply.statusCode(), reply.body());
        if (reply.statusCode() != 200) {
            RawHttp.assertRefused(reply, 400);
        }
    }

    @Test
    void chat_with_invalid_utf8_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat", INVALID_UTF8, "application/json"), 400);
    }

    @Test
    void chat_with_fields_of_the_wrong_type_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat", bytes("{\"user\":{},\"conversation\":[1],\"text\":true}"), "application/json"), 400);
    }

    @Test
    void chat_with_a_json_array_body_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat", bytes("[\"web:dev\"]"), "application/json"), 400);
    }

    @Test
    void a_history_path_with_broken_percent_encoding_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.get(bot, "/api/chat/%E0%A4%A"), 400, 404);
    }

    @Test
    void a_query_string_with_broken_percent_encoding_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/chat?x=%%%", bytes("{\"user\":\"web:dev\",\"conversation\":\"m3\",\"text\":\"/help\"}"),
                "application/json"), 400);
    }

    @Test
    void a_decision_with_invalid_utf8_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/proposals/p-1", INVALID_UTF8, "application/json"), 400);
    }

    @Test
    void a_decision_with_fields_of_the_wrong_type_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/proposals/p-1", bytes("{\"decision\":5,\"conversation\":{}}"), "application/json"), 400);
    }

    @Test
    void a_proposal_id_with_broken_percent_encoding_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/api/proposals/%%%", bytes("{\"user\":\"web:dev\",\"conversation\":\"c\",\"decision\":\"confirm\"}"),
                "application/json"), 400, 404);
    }

    @Test
    void a_mattermost_form_with_broken_percent_encoding_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/hooks/mattermost", bytes("token=mm-slash-token&channel_id=c&user_id=u&text=%%%"),
                "application/x-www-form-urlencoded"), 400);
    }

    @Test
    void a_mattermost_form_that_is_only_percent_signs_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/hooks/mattermost", bytes("%%%"), "application/x-www-form-urlencoded"), 400, 401);
    }

    @Test
    void a_mattermost_form_with_invalid_utf8_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/hooks/mattermost", bytes("token=mm-slash-token&channel_id=c&user_id=u&text=%C3%28%FF"),
                "application/x-www-form-urlencoded"), 400);
    }

    @Test
    void a_mattermost_button_with_a_broken_body_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/hooks/mattermost/actions", bytes("%%%"), "application/json"), 400, 401);
    }

    @Test
    void a_signed_slack_form_with_broken_percent_encoding_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(signedSlack(bytes("payload=%%%"), "application/x-www-form-urlencoded"), 400);
    }

    @Test
    void a_signed_slack_command_with_invalid_utf8_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(signedSlack(bytes("command=%2Fkubemate&text=%C3%28&user_id=U1&channel_id=C1&team_id=T1"),
                "application/x-www-form-urlencoded"), 400);
    }

    @Test
    void a_signed_slack_event_with_invalid_utf8_is_refused_with_a_reason() throws Exception {
        RawHttp.assertRefused(signedSlack(INVALID_UTF8, "application/json"), 400);
    }

    @Test
    void dingtalk_feishu_and_teams_refuse_broken_bodies_with_a_reason() throws Exception {
        for (String platform : List.of("dingtalk", "feishu", "teams")) {
            RawHttp.assertRefused(RawHttp.post(bot, "/hooks/" + platform, bytes("%%%"), "application/json"), 400, 401);
            RawHttp.assertRefused(RawHttp.post(bot, "/hooks/" + platform, INVALID_UTF8, "application/json"), 400, 401);
        }
    }

    @Test
    void wecom_refuses_a_broken_query_string_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.get(bot, "/hooks/wecom?msg_signature=%%%&timestamp=1&nonce=%E0&echostr=%"), 400, 401);
        RawHttp.assertRefused(RawHttp.post(bot, "/hooks/wecom?msg_signature=%%%&timestamp=1&nonce=n", bytes("<xml>%%%"), "text/xml"), 400, 401);
    }

    @Test
    void alertmanager_refuses_a_broken_body_with_a_reason() throws Exception {
        RawHttp.assertRefused(RawHttp.post(bot, "/hooks/alertmanager", INVALID_UTF8, "application/json", "Authorization", "Bearer am-token"), 400);
        RawHttp.assertRefused(RawHttp.post(bot, "/hooks/alertmanager", bytes("{\"alerts\":\"%%%\"}"), "application/json",
                "Authorization", "Bearer am-token"), 400);
    }
}
