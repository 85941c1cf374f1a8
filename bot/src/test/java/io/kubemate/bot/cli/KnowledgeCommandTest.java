package io.kubemate.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.knowledge.KnowledgeTestDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new KubemateCommand().commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ingests_a_folder_then_finds_the_runbook_as_json_and_skips_it_the_second_time() throws Exception {
        Path docs = KnowledgeTestDocs.write(tmp.resolve("docs"));
        String index = tmp.resolve("index").toString();

        Run first = run("knowledge", "ingest", docs.toString(), "--index", index);
        Run second = run("knowledge", "ingest", docs.toString(), "--index", index);
        Run search = run("knowledge", "search", "etcd 空间满了怎么处理", "--index", index, "--k", "2", "--json");

        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("2 added"), first.out());
        assertTrue(second.out().startsWith("0 added, 0 updated, 2 unchanged"), second.out());
        assertEquals(0, search.code(), search.err());
        JsonNode top = new ObjectMapper().readTree(search.out()).get("results").get(0);
        assertTrue(top.get("source").asText().endsWith("zh/etcd-quota.md"), search.out());
        assertEquals("etcd 空间超限", top.get("title").asText());
        assertTrue(top.get("heading").asText().startsWith("etcd 空间超限"), search.out());
        assertTrue(top.get("score").asDouble() > 0);
        assertTrue(top.get("text").asText().contains("压缩"), search.out());
    }

    @Test
    void searches_read_only_while_another_process_holds_the_index() throws Exception {
        Path docs = KnowledgeTestDocs.write(tmp.resolve("docs"));
        String index = tmp.resolve("index").toString();
        run("knowledge", "ingest", docs.toString(), "--index", index);

        try (var serving = io.kubemate.knowledge.store.LuceneStore.open(Path.of(index),
                io.kubemate.knowledge.embed.EmbeddingModels.DEFAULT, 512)) {
            Run search = run("knowledge", "search", "PVC pending", "--index", index, "--json");
            java.nio.file.Files.writeString(docs.resolve("en/new.md"), "# New\n\nA new page.\n");
            Run ingest = run("knowledge", "ingest", docs.toString(), "--index", index);

            assertEquals(0, search.code(), search.err());
            assertTrue(search.out().contains("pvc-pending.md"), search.out());
            assertEquals(3, ingest.code(), ingest.err());
            assertTrue(ingest.err().contains("read-only"), ingest.err());
        }
    }

    @Test
    void a_missing_folder_is_bad_input_with_one_line() {
        Run run = run("knowledge", "ingest", tmp.resolve("nope").toString(), "--index", tmp.resolve("i").toString());

        assertEquals(2, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("no such file or folder"), run.err());
    }

    @Test
    void k_out_of_range_is_bad_input() {
        Run run = run("knowledge", "search", "etcd", "--index", tmp.resolve("i").toString(), "--k", "0");

        assertEquals(2, run.code(), run.err());
    }
}
