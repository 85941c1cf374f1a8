package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code inspect --format html|md|json --out FILE}: the report people file, rendered as the HTTP download renders it. */
class InspectCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANIFESTS = TestBot.SCENARIO.resolve("cluster").toString();

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new KubemateCommand().commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writes_a_self_contained_html_report_to_the_file_and_prints_its_path(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.html");
        Run run = run("inspect", "--manifests", MANIFESTS, "--namespace", "payments", "--format", "html", "--out", file.toString(), "--lang", "zh");
        assertEquals(0, run.code(), run.err());
        assertEquals(file.toAbsolutePath().toString(), run.out().strip());
        Document page = Jsoup.parse(Files.readString(file));
        assertTrue(page.title().startsWith("巡检报告"), page.title());
        assertTrue(page.select("script, link, [src^=http]").isEmpty(), "nothing is loaded from elsewhere");
        assertTrue(page.text().contains("payment-api") && !page.select(".finding").isEmpty(), page.text());
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left beside the report");
        }
    }

    @Test
    void json_is_the_same_as_format_json_and_markdown_is_the_default_on_stdout() throws Exception {
        JsonNode alias = JSON.readTree(run("inspect", "--manifests", MANIFESTS, "--namespace", "payments", "--json").out());
        JsonNode format = JSON.readTree(run("inspect", "--manifests", MANIFESTS, "--namespace", "payments", "--format", "json").out());
        assertEquals(alias.get("findings").size(), format.get("findings").size());
        assertTrue(alias.get("findings").size() >= 1, alias.toString());
        Run markdown = run("inspect", "--manifests", MANIFESTS, "--namespace", "payments");
        assertEquals(0, markdown.code(), markdown.err());
        assertTrue(markdown.out().startsWith("**Inspection of namespace `payments`**"), markdown.out());
    }

    @Test
    void an_unknown_format_is_exit_2_with_one_line() {
        Run run = run("inspect", "--manifests", MANIFESTS, "--format", "pdf");
        assertEquals(2, run.code());
        assertEquals("error: --format must be html, md or json, not 'pdf'", run.err().strip());
    }

    @Test
    void an_unwritable_path_is_exit_2_with_one_line_before_anything_runs(@TempDir Path dir) {
        Run missing = run("inspect", "--manifests", MANIFESTS, "--format", "html", "--out", dir.resolve("no/such/r.html").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: cannot write " + dir.resolve("no/such/r.html") + ": no such directory"), missing.err());
        assertEquals(1, missing.err().strip().lines().count());
        Run folder = run("inspect", "--manifests", MANIFESTS, "--out", dir.toString());
        assertEquals(2, folder.code());
        assertEquals("error: cannot write " + dir + ": it is a directory", folder.err().strip());
        assertFalse(folder.err().contains("Exception"), folder.err());
    }
}
