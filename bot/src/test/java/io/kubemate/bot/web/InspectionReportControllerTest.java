package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspection report as a file: HTML to archive (self-contained), Markdown and JSON, run as the person. */
class InspectionReportControllerTest {

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

    @Test
    void a_self_contained_html_report_with_each_finding_its_evidence_and_the_chart_of_the_runs() throws Exception {
        JsonNode first = JSON.readTree(bot.get("/api/inspect/report?format=json&namespace=payments&user=web:dev").body());
        var response = bot.get("/api/inspect/report?format=html&namespace=payments&lang=zh&user=web:dev");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").matches("attachment; filename=\"inspection-.*-payments-\\d{8}-\\d{4}\\.html\""),
                response.headers().toString());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.title().startsWith("巡检报告"), page.title());
        assertTrue(page.select("script, link, [src^=http]").isEmpty(), "nothing is loaded from elsewhere");
        assertTrue(page.select("img[src^=data:image/png;base64,]").size() == 1, "the chart of the two runs is embedded");
        assertTrue(page.text().contains("payment-api") && page.text().contains("CrashLoopBackOff"), page.text());
        for (JsonNode finding : first.get("findings")) {
            assertTrue(!page.text().contains(finding.get("problem").asText()), "the problem is in Chinese, not " + finding.get("problem"));
        }
        assertTrue(page.select(".finding").size() >= 1);
    }

    @Test
    void markdown_and_json_downloads_and_a_person_without_the_namespace_gets_a_refusal() throws Exception {
        var markdown = bot.get("/api/inspect/report?format=md&namespace=payments&user=web:dev");
        assertEquals(200, markdown.statusCode());
        assertTrue(markdown.body().startsWith("**Inspection of namespace `payments`**"), markdown.body());
        JsonNode json = JSON.readTree(bot.get("/api/inspect/report?format=json&namespace=payments&user=web:dev").body());
        assertTrue(json.get("findings").size() >= 1, json.toString());
        assertEquals(400, bot.get("/api/inspect/report?format=pdf&user=web:dev").statusCode());
        var unknown = bot.get("/api/inspect/report?format=html&namespace=payments&user=web:nobody");
        assertTrue(unknown.statusCode() >= 400 && unknown.statusCode() < 500, unknown.statusCode() + " " + unknown.body());
    }
}
