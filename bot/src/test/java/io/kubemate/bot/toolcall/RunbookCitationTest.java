package io.kubemate.bot.toolcall;

import io.kubemate.bot.knowledge.BundledRunbookIndexer;
import io.kubemate.bot.knowledge.KnowledgeProperties;
import io.kubemate.knowledge.KnowledgeBase;
import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.knowledge.embed.EmbeddingModels;
import io.kubemate.knowledge.ingest.IngestOptions;
import io.kubemate.knowledge.store.LuceneStore;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** runbook_search over the bundled runbooks (en and zh copies of each), as the console and chat cite them. */
class RunbookCitationTest {

    @TempDir
    static Path tmp;
    private static KnowledgeBase knowledge;
    private static RunbookSearchTool tool;

    @BeforeAll
    static void index() throws IOException {
        Embedder embedder = EmbeddingModels.named(EmbeddingModels.DEFAULT);
        knowledge = new KnowledgeBase(LuceneStore.open(tmp.resolve("index"), embedder.name(), embedder.dimension()),
                embedder, IngestOptions.defaults());
        knowledge.ingestFolder(someRunbooks(), "bundled:runbooks", p -> { });
        KnowledgeProperties config = new KnowledgeProperties(tmp.resolve("index").toString(), embedder.name(),
                "lucene", 1 << 20, Duration.ofSeconds(1), 1200, true, Duration.ofSeconds(20), null);
        tool = new RunbookSearchTool(() -> knowledge, new BundledRunbookIndexer(() -> knowledge, config), new Redactor());
    }

    /** Runbooks near a crash loop, both languages (the whole bundle takes too long to embed for a unit test). */
    private static Path someRunbooks() throws IOException {
        Path folder = tmp.resolve("runbooks");
        for (String lang : List.of("en", "zh")) {
            Files.createDirectories(folder.resolve(lang));
            for (String id : List.of("crashloop-backoff", "probe-failure", "readiness-failing", "alert-storm", "pod-pending")) {
                Files.copy(Path.of("../knowledge/runbooks", lang, id + ".md"), folder.resolve(lang).resolve(id + ".md"));
            }
        }
        return folder;
    }

    @AfterAll
    static void close() {
        knowledge.close();
    }

    private static List<String> sources(String question) {
        var ok = assertInstanceOf(Outcome.Ok.class, tool.run(Caller.unrestricted(Subject.ownCredentials()),
                ToolArgs.of(Map.of("query", question))));
        return ((RunbookAnswer) ok.value()).hits().stream().map(RunbookAnswer.Hit::source).toList();
    }

    @Test
    void a_question_naming_crashloop_cites_the_crash_loop_runbook_first() {
        List<String> sources = sources("how do I handle a crashloop?");
        assertTrue(sources.getFirst().endsWith("en/crashloop-backoff.md"), sources.toString());
    }

    @Test
    void each_runbook_is_cited_once_in_the_askers_language() {
        List<String> english = sources("how do I handle a crashloop?");
        assertTrue(english.stream().noneMatch(s -> s.contains("/zh/")), english.toString());
        List<String> chinese = sources("pod 一直重启 crashloop 怎么处理");
        assertTrue(chinese.stream().noneMatch(s -> s.contains("/en/")), chinese.toString());
        assertEquals(chinese.stream().distinct().count(), chinese.stream().map(s -> s.substring(s.lastIndexOf('/'))).distinct().count(),
                "no runbook twice: " + chinese);
    }
}
