package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatApiTest {

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

    private static JsonNode chat(String user, String conversation, String text) throws Exception {
        return chat(bot, user, conversation, text);
    }

    private static JsonNode chat(TestBot on, String user, String conversation, String text) throws Exception {
        HttpResponse<String> response = on.post("/api/chat", JSON.writeValueAsString(Map.of("user", user,
                "conversation", conversation, "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void lists_pods_of_a_namespace() throws Exception {
        JsonNode reply = chat("web:dev", "c1", "get pods in payments");
        assertEquals("router", reply.get("mode").asText());
        assertEquals("k8s_get", reply.get("tool").asText());
        assertTrue(reply.get("reply").asText().contains("payment-api-7d9f8b6c5d-x2k4p"), reply.toString());
        assertTrue(reply.get("html").asText().contains("<table>"), reply.get("html").asText());
    }

    @Test
    void explains_why_a_workload_restarts_with_evidence_and_without_secrets() throws Exception {
        JsonNode reply = chat("web:dev", "c2", "why is payment-api restarting?");
        String text = reply.get("reply").asText();
        assertEquals("diagnose", reply.get("tool").asText());
        assertTrue(text.contains("PAYMENT_GATEWAY_TIMEOUT") && text.contains("CrashLoopBackOff"), text);
        assertTrue(reply.get("evidence").size() >= 2, reply.get("evidence").toString());
        assertFalse(reply.toString().contains("S3cr3t-Payments-2026!"), "a password from the logs reached the reply");
    }

    @Test
    void answers_chinese_questions() throws Exception {
        JsonNode reply = chat("web:dev", "c3", "payment-api 为什么一直重启？");
        assertEquals("diagnose", reply.get("tool").asText());
        JsonNode help = chat("web:dev", "c3", "你好");
        assertTrue(help.get("reply").asText().contains("路由模式"), help.toString());
    }

    @Test
    void says_why_a_tool_had_no_answer_in_the_askers_language() throws Exception {
        String zh = chat("web:dev", "reason-zh", "/describe pod ghost-api -n payments 看看").get("reply").asText();
        assertEquals("没有可显示的内容：命名空间 payments 中没有名为 ghost-api 的 pod。", zh);
        String zhMetrics = chat("web:dev", "reason-zh", "/promql 指标").get("reply").asText();
        assertTrue(zhMetrics.startsWith("没有可显示的内容：没有配置 Prometheus") && !zhMetrics.contains("is configured"), zhMetrics);
        String en = chat("web:dev", "reason-en", "/describe pod ghost-api -n payments").get("reply").asText();
        assertEquals("Nothing to show: no pod named ghost-api in namespace payments.", en);
    }

    @Test
    void asks_back_in_the_persons_language_with_a_button_per_candidate() throws Exception {
        JsonNode zh = chat("web:dev", "ask-zh", "删除 pod payment-api");
        assertTrue(zh.get("reply").asText().startsWith("还需要更多信息：“payment-api”匹配到多个 Pod"), zh.toString());
        assertEquals(2, zh.get("choices").size(), zh.toString());
        String text = zh.get("choices").get(0).get("text").asText();
        assertTrue(text.startsWith("删除 pod payment-api-7d9f8b6c5d-"), text);
        JsonNode picked = chat("web:dev", "ask-zh", text);
        assertEquals(1, picked.get("proposals").size(), "the choice names exactly one pod: " + picked);
        JsonNode en = chat("web:dev", "ask-en", "delete pod payment-api");
        assertTrue(en.get("reply").asText().startsWith("I need a little more to go on — 'payment-api' matches several pods"), en.toString());
    }

    @Test
    void runs_the_inspection() throws Exception {
        JsonNode reply = chat("web:viewer", "c4", "/inspect");
        String text = reply.get("reply").asText();
        assertTrue(text.contains("payment-api-7d9f8b6c5d-x2k4p`: CrashLoopBackOff"), text);
        assertTrue(text.indexOf("critical ·") < text.indexOf("warning ·"), "critical findings come first: " + text);
    }

    @Test
    void a_second_inspection_says_what_is_new_and_what_recurs() throws Exception {
        JsonNode first = chat("web:dev", "c7", "/inspect payments");
        assertTrue(first.get("reply").asText().contains("(first run)"), first.toString());
        JsonNode second = chat("web:dev", "c7", "/inspect payments");
        assertTrue(second.get("reply").asText().matches("(?s).*0 new, [1-9][0-9]* recurring, 0 fixed since the last run.*"), second.toString());
    }

    @Test
    void an_inspection_asked_in_chinese_answers_in_chinese() throws Exception {
        try (TestBot own = TestBot.scenario()) {
            for (String question : List.of("巡检一下 payments", "/inspect payments 巡检")) {
                String text = chat(own, "web:dev", "c-zh", question).get("reply").asText();
                assertTrue(text.startsWith("**命名空间 `payments` 巡检结果**：严重 "), text);
                assertTrue(text.contains("Pod `payment-api-7d9f8b6c5d-x2k4p`：CrashLoopBackOff：容器 api 反复退出"), text);
                assertTrue(text.contains("严重 · payments"), text);
                for (String english : List.of("Inspection of", "critical", "warning", "first run", "new,", "recurring", "fixed since",
                        "Still present", "runbook `", "keeps exiting", "replicas ready", "pods ready", "fix:")) {
                    assertFalse(text.contains(english), "English '" + english + "' in a Chinese answer: " + text);
                }
            }
            String again = chat(own, "web:dev", "c-zh", "巡检一下 payments").get("reply").asText();
            assertTrue(again.contains("与上次巡检相比：新增 0 项") && again.contains("### 仍未解决"), again);
        }
    }

    @Test
    void only_a_person_allowed_to_ignore_a_finding_can_and_it_is_left_out_afterwards() throws Exception {
        try (TestBot own = TestBot.scenario()) {
            String report = chat(own, "web:dev", "c8", "/inspect payments").get("reply").asText();
            var matcher = java.util.regex.Pattern.compile("Pod `payment-api-7d9f8b6c5d-x2k4p`: CrashLoopBackOff[^\\n]*· `([0-9a-f]{16})`")
                    .matcher(report);
            assertTrue(matcher.find(), report);
            String fingerprint = matcher.group(1);
            String refused = chat(own, "web:viewer", "c8-viewer", "/ignore " + fingerprint + " known issue").get("reply").asText();
            assertTrue(refused.startsWith("Not ignored: your Kubemate roles do not grant inspections.ignore"), refused);
            String done = chat(own, "web:dev", "c8", "/ignore " + fingerprint + " fix ships in 2.14.1").get("reply").asText();
            assertTrue(done.startsWith("Ignored: Pod payments/payment-api-7d9f8b6c5d-x2k4p"), done);
            String next = chat(own, "web:dev", "c8", "/inspect payments").get("reply").asText();
            assertTrue(next.contains("; 1 ignored") && !next.contains(fingerprint), next);
            assertTrue(chat(own, "web:dev", "c8", "/ignore 0000000000000000").get("reply").asText().startsWith("Not ignored: no finding"));
        }
    }

    @Test
    void proposes_changes_without_executing_them() throws Exception {
        JsonNode reply = chat("web:dev", "c5", "scale payment-api to 5");
        assertEquals("scale", reply.get("tool").asText());
        assertEquals(1, reply.get("proposals").size(), reply.toString());
        assertTrue(reply.get("reply").asText().startsWith("**Proposal: scale Deployment payments/payment-api**"), reply.toString());
    }

    @Test
    void keeps_the_conversation() throws Exception {
        chat("web:dev", "c6", "get pods in payments");
        chat("web:dev", "c6", "/help");
        JsonNode history = JSON.readTree(bot.get("/api/chat/c6?user=web:dev").body());
        assertEquals(2, history.get("turns").size());
        assertEquals("/help", history.get("turns").get(1).get("text").asText());
    }

    @Test
    void rejects_a_request_without_text_or_user_with_a_reason() throws Exception {
        HttpResponse<String> noText = bot.post("/api/chat", "{\"user\":\"web:dev\",\"conversation\":\"c\"}");
        assertEquals(400, noText.statusCode());
        assertEquals("text is missing", JSON.readTree(noText.body()).get("error").asText());

        HttpResponse<String> noUser = bot.post("/api/chat", "{\"conversation\":\"c\",\"text\":\"hi\"}");
        assertEquals(400, noUser.statusCode());
        assertEquals("user is missing", JSON.readTree(noUser.body()).get("error").asText());

        HttpResponse<String> notJson = bot.post("/api/chat", "{not json");
        assertEquals(400, notJson.statusCode());
        assertTrue(JSON.readTree(notJson.body()).get("error").asText().startsWith("request body is not valid JSON"));
    }

    @Test
    void refuses_an_unknown_user() throws Exception {
        HttpResponse<String> response = bot.post("/api/chat", "{\"user\":\"web:mallory\",\"conversation\":\"c\",\"text\":\"get pods in payments\"}");
        assertEquals(403, response.statusCode());
        assertTrue(JSON.readTree(response.body()).get("error").asText().startsWith("unknown user 'web:mallory'"));
    }

    @Test
    void serves_the_console_health_and_me() throws Exception {
        HttpResponse<String> index = bot.get("/index.html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("app.js"), index.body());
        assertEquals(200, bot.get("/health").statusCode());
        JsonNode me = JSON.readTree(bot.get("/api/me").body());
        assertEquals("router", me.get("mode").asText());
        assertTrue(me.get("cluster").asText().startsWith("sandbox from"), me.toString());
    }

    @Test
    void answers_503_when_the_cluster_is_unreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        java.nio.file.Path kubeconfig = java.nio.file.Files.createTempFile("kubeconfig", ".yaml");
        java.nio.file.Files.writeString(kubeconfig, """
                apiVersion: v1
                kind: Config
                clusters: [{name: down, cluster: {server: "http://127.0.0.1:%d"}}]
                users: [{name: u, user: {token: t}}]
                contexts: [{name: down, context: {cluster: down, user: u}}]
                current-context: down
                """.formatted(port));
        System.setProperty("kubeconfig", kubeconfig.toString());
        try (TestBot down = TestBot.start(ClusterOptions.kubeconfig(), Map.of("kubemate.identity.dev-user", "web:dev",
                "kubemate.kubernetes.request-timeout", "2s"))) {
            HttpResponse<String> response = down.post("/api/chat", "{\"user\":\"web:dev\",\"conversation\":\"c\",\"text\":\"get pods in payments\"}");
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(JSON.readTree(response.body()).get("error").asText().contains("unreachable"), response.body());
        } finally {
            System.clearProperty("kubeconfig");
        }
    }
}
