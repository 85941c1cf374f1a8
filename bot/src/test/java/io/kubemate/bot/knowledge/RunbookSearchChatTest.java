package io.kubemate.bot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.knowledge.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunbookSearchChatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBot bot;
    private static Path docs;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of());
        docs = KnowledgeTestDocs.write(Files.createTempDirectory("kubemate-docs"));
        bot.context().getBean(KnowledgeBase.class).ingest(docs.toString(), p -> { });
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static JsonNode chat(String text) throws Exception {
        HttpResponse<String> response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:viewer",
                "conversation", "kb", "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void a_chinese_how_to_question_is_answered_from_the_runbook_with_its_source() throws Exception {
        JsonNode reply = chat("etcd 空间满了怎么处理");

        assertEquals("runbook_search", reply.get("tool").asText());
        assertTrue(reply.get("reply").asText().contains("压缩历史版本"), reply.toString());
        assertTrue(reply.get("sources").get(0).get("source").asText().endsWith("zh/etcd-quota.md"), reply.toString());
    }

    @Test
    void the_runbook_command_searches_in_english_too() throws Exception {
        JsonNode reply = chat("/runbook PVC stuck pending");

        assertTrue(reply.get("sources").get(0).get("source").asText().endsWith("en/pvc-pending.md"), reply.toString());
    }

    @Test
    void secrets_inside_documents_are_redacted_before_the_reply() throws Exception {
        JsonNode reply = chat("/runbook etcd 碎片整理 NOSPACE");

        assertFalse(reply.toString().contains("hunter2"), reply.toString());
    }
}
