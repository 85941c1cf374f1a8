package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.ClusterOptions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /inspect export} in the web console: the summary and a download link to the console's report, run as the
 * person like {@code /inspect}; a person of one namespace exports neither another namespace nor the whole cluster.
 */
class InspectionExportChatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The sandbox's two people plus one whose only Role covers namespace payments. */
    private static final String PEOPLE = """
            apiVersion: kubemate.io/v1alpha1
            kind: Role
            metadata: {name: admin}
            spec: {scope: Cluster, permissions: ["*"]}
            ---
            apiVersion: kubemate.io/v1alpha1
            kind: Role
            metadata: {name: payments-reader}
            spec: {scope: Namespace, namespaces: [payments], permissions: [workloads.read, inspections.read]}
            ---
            apiVersion: kubemate.io/v1alpha1
            kind: User
            metadata: {name: dev}
            spec:
              serviceAccount: {namespace: kubemate-users, name: dev}
              roles: [admin]
              chatIdentities: [{platform: web, id: dev}]
            ---
            apiVersion: kubemate.io/v1alpha1
            kind: User
            metadata: {name: pay}
            spec:
              serviceAccount: {namespace: kubemate-users, name: pay}
              roles: [payments-reader]
              chatIdentities: [{platform: web, id: pay}]
            """;
    private static Path cluster;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        cluster = Files.createTempDirectory("export-tenancy");
        try (Stream<Path> files = Files.list(TestBot.SCENARIO.resolve("cluster"))) {
            for (Path file : files.toList()) {
                Files.copy(file, cluster.resolve(file.getFileName()));
            }
        }
        Files.writeString(cluster.resolve("90-people.yaml"), PEOPLE);
        bot = TestBot.start(ClusterOptions.manifests(cluster), Map.of());
    }

    @AfterAll
    static void stop() throws IOException {
        bot.close();
        try (Stream<Path> files = Files.walk(cluster)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }

    private static JsonNode chat(String user, String conversation, String text) throws Exception {
        HttpResponse<String> response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", user,
                "conversation", conversation, "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    @Test
    void the_console_gets_the_summary_and_a_link_to_download_the_html_report() throws Exception {
        JsonNode reply = chat("web:dev", "export-1", "/inspect export payments");
        assertEquals("inspect", reply.get("tool").asText(), reply.toString());
        assertTrue(reply.get("reply").asText().contains("CrashLoopBackOff"), reply.toString());
        assertEquals(0, reply.get("proposals").size(), "an export never proposes a change");
        JsonNode download = reply.get("download");
        assertEquals("/api/inspect/report?format=html&lang=en&namespace=payments", download.get("url").asText());
        assertTrue(download.get("filename").asText().matches("inspection-.*-payments-\\d{8}-\\d{4}\\.html"), download.toString());
        assertFalse(download.has("content"), "the file itself is not in the JSON reply");
        HttpResponse<String> file = bot.get(download.get("url").asText() + "&user=web:dev");
        assertEquals(200, file.statusCode());
        assertTrue(Jsoup.parse(file.body()).text().contains("payment-api"), file.body());
    }

    @Test
    void chinese_words_export_a_chinese_markdown_report_link() throws Exception {
        JsonNode reply = chat("web:dev", "export-2", "导出 payments 的巡检报告");
        assertEquals("/api/inspect/report?format=html&lang=zh&namespace=payments", reply.path("download").path("url").asText(), reply.toString());
        JsonNode md = chat("web:dev", "export-3", "/inspect export payments md");
        assertTrue(md.path("download").path("filename").asText().endsWith(".md"), md.toString());
    }

    @Test
    void a_person_of_one_namespace_exports_only_that_namespace() throws Exception {
        JsonNode own = chat("web:pay", "export-t1", "/inspect export payments");
        assertTrue(own.has("download"), own.toString());
        JsonNode other = chat("web:pay", "export-t2", "/inspect export kube-system");
        assertFalse(other.has("download"), "no report of another namespace: " + other);
        assertFalse(other.get("reply").asText().contains("kube-system/"), other.toString());
        JsonNode cluster = chat("web:pay", "export-t3", "export the inspection report");
        assertFalse(cluster.has("download"), "no report of the whole cluster: " + cluster);
        assertEquals(403, bot.get("/api/inspect/report?format=html&user=web:pay").statusCode(), "nor through the download");
    }
}
