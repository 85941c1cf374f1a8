package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.knowledge.KnowledgeTestDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeApiTest {

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

    private static HttpResponse<String> ingest(String user, String target) throws Exception {
        return bot.post("/api/knowledge/ingest", JSON.writeValueAsString(Map.of("user", user, "target", target)));
    }

    @Test
    void an_administrator_ingests_a_folder_and_gets_the_summary() throws Exception {
        Path docs = KnowledgeTestDocs.write(Files.createTempDirectory("kubemate-docs"));

        HttpResponse<String> response = ingest("web:dev", docs.toString());

        assertEquals(200, response.statusCode(), response.body());
        JsonNode summary = JSON.readTree(response.body());
        assertEquals(2, summary.get("added").size(), response.body());
        assertEquals(0, summary.get("skipped").size(), response.body());
    }

    @Test
    void a_read_only_user_may_not_ingest() throws Exception {
        HttpResponse<String> response = ingest("web:viewer", "/tmp");

        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains("knowledge.ingest"), response.body());
    }

    @Test
    void a_missing_folder_is_a_bad_request_with_the_reason() throws Exception {
        HttpResponse<String> response = ingest("web:dev", "/no/such/folder");

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("no such file or folder"), response.body());
    }

    @Test
    void a_document_ingested_for_a_role_is_found_only_by_that_role_and_administrators() throws Exception {
        Path dir = Files.createTempDirectory("kubemate-internal");
        Files.writeString(dir.resolve("breakglass.md"), "# Break-glass access\n\nThe break-glass account is BREAKGLASS-77; use it only in incidents.\n");
        HttpResponse<String> response = bot.post("/api/knowledge/ingest", JSON.writeValueAsString(Map.of("user", "web:dev",
                "target", dir.toString(), "roles", List.of("sre"))));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("role:sre", JSON.readTree(response.body()).get("visibility").asText(), response.body());

        assertFalse(runbook("web:viewer").contains("BREAKGLASS-77"));
        assertTrue(runbook("web:dev").contains("BREAKGLASS-77"));
    }

    @Test
    void a_bad_namespace_name_is_a_bad_request_naming_it() throws Exception {
        HttpResponse<String> response = bot.post("/api/knowledge/ingest", JSON.writeValueAsString(Map.of("user", "web:dev",
                "target", "/tmp", "namespaces", List.of("../payments"))));
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("../payments"), response.body());
    }

    private static String runbook(String user) throws Exception {
        HttpResponse<String> response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", user,
                "conversation", "kb-" + user, "text", "/runbook break-glass account incidents")));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
