package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.knowledge.KnowledgeBase;
import io.kubemate.knowledge.Visibility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document view a citation opens, and the links chat platforms get to it. */
class DocumentControllerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBot bot;
    private static String restricted;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of("kubemate.console.public-url", "https://kubemate.bank.local/"));
        Path docs = Files.createTempDirectory("kubemate-doc");
        Path file = Files.writeString(docs.resolve("vault.md"), """
                # Payments vault

                The payments vault unseal keys are held by <b>two</b> officers.

                Break-glass login: export VAULT_TOKEN=hvs.CAESIJlU2Qd8fGx7Yk3pR9tVb0mNq1wZs4Ex6Hc
                """);
        restricted = file.toString();
        bot.context().getBean(KnowledgeBase.class).ingest(file.toString(), new Visibility(Set.of(), Set.of("sandbox-admin")), p -> { });
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static String doc(String source, String user) throws Exception {
        var response = bot.get("/knowledge/doc?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8) + "&user=" + user);
        return response.statusCode() + " " + response.body();
    }

    @Test
    void a_bundled_runbook_opens_as_a_page_from_its_markdown() throws Exception {
        String page = doc("bundled:runbooks/en/crashloop-backoff.md", "web:viewer");
        assertTrue(page.startsWith("200 <!doctype html>"), page);
        assertTrue(page.contains("<h1>Pod in CrashLoopBackOff</h1>") && page.contains("<ol>"), page);
        assertFalse(page.contains("<script"), page);
        assertTrue(doc("bundled:runbooks/../../application.yml", "web:viewer").startsWith("404"));
    }

    @Test
    void an_ingested_document_is_shown_only_to_its_audience_with_its_html_escaped() throws Exception {
        assertTrue(doc(restricted, "web:viewer").startsWith("404"), "the document is for the sandbox-admin role only");
        String page = doc(restricted, "web:dev");
        assertTrue(page.startsWith("200") && page.contains("unseal keys"), page);
        assertTrue(page.contains("&lt;b&gt;two&lt;/b&gt;"), "document text is text: " + page);
        assertTrue(page.contains("Break-glass login") && !page.contains("CAESIJlU2Qd8fGx7Yk3pR9tVb0mNq1wZs4Ex6Hc"),
                "a secret planted in a document does not come out: " + page);
    }

    @Test
    void citations_carry_a_link_to_the_document_view_when_the_consoles_address_is_known() throws Exception {
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "doc-1",
                "text", "/runbook vault unseal keys")));
        JsonNode source = JSON.readTree(response.body()).get("sources").get(0);
        assertEquals("https://kubemate.bank.local/knowledge/doc?source=" + URLEncoder.encode(restricted, StandardCharsets.UTF_8),
                source.get("url").asText(), source.toString());
        assertEquals(400, bot.get("/knowledge/doc?user=web:viewer").statusCode());
    }
}
