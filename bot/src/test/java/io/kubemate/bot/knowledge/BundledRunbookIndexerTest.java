package io.kubemate.bot.knowledge;

import io.kubemate.knowledge.BundledRunbooks;
import io.kubemate.knowledge.KnowledgeBase;
import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.knowledge.embed.EmbeddingModels;
import io.kubemate.knowledge.ingest.IngestOptions;
import io.kubemate.knowledge.ingest.IngestSummary;
import io.kubemate.knowledge.store.LuceneStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class BundledRunbookIndexerTest {

    @TempDir
    Path tmp;

    private KnowledgeBase knowledge;
    private BundledRunbookIndexer indexer;

    @BeforeEach
    void setUp() {
        Embedder embedder = EmbeddingModels.named(EmbeddingModels.MINILM);
        knowledge = new KnowledgeBase(LuceneStore.open(tmp.resolve("index"), embedder.name(), embedder.dimension()),
                embedder, IngestOptions.defaults());
        KnowledgeProperties config = new KnowledgeProperties(tmp.resolve("index").toString(), EmbeddingModels.MINILM,
                "lucene", 1 << 20, Duration.ofSeconds(1), 1200, true, Duration.ofSeconds(20), null);
        indexer = new BundledRunbookIndexer(() -> knowledge, config);
    }

    @AfterEach
    void tearDown() {
        knowledge.close();
    }

    @Test
    void leaves_an_index_that_already_holds_documents_alone() throws Exception {
        knowledge.ingest(KnowledgeTestDocs.write(tmp.resolve("docs")).toString(), p -> { });
        long before = knowledge.chunkCount();

        IngestSummary summary = indexer.indexIfEmpty();

        assertEquals(List.of(), summary.added());
        assertEquals(before, knowledge.chunkCount());
        assertFalse(indexer.building());
    }

    @Test
    void indexes_every_bundled_runbook_into_an_empty_index() {
        List<String> bundled = BundledRunbooks.list();
        assumeFalse(bundled.isEmpty(), "no runbooks bundled under knowledge/runbooks in this build");

        IngestSummary summary = indexer.indexIfEmpty();

        assertEquals(List.of(), summary.skipped());
        assertEquals(bundled.size(), summary.added().size());
        assertEquals(KnowledgeBase.BUNDLED + "/" + bundled.get(0), summary.added().get(0));
    }

    @Test
    void a_stop_during_the_first_indexing_lets_it_finish_before_the_index_is_closed() throws Exception {
        assumeFalse(BundledRunbooks.list().isEmpty(), "no runbooks bundled under knowledge/runbooks in this build");
        KnowledgeProperties config = new KnowledgeProperties(tmp.resolve("index").toString(), EmbeddingModels.MINILM,
                "lucene", 1 << 20, Duration.ofSeconds(1), 1200, true, Duration.ofSeconds(60), null);
        CountDownLatch started = new CountDownLatch(1);
        BundledRunbookIndexer slow = new BundledRunbookIndexer(() -> {
            started.countDown();
            return knowledge;
        }, config);
        CompletableFuture<IngestSummary> indexing = CompletableFuture.supplyAsync(slow::indexIfEmpty);
        assertTrue(started.await(30, TimeUnit.SECONDS));

        slow.onShutdown(null);

        assertTrue(knowledge.chunkCount() > 0, "the stop returned before the indexing had committed anything");
        assertEquals(BundledRunbooks.list().size(), indexing.get(30, TimeUnit.SECONDS).added().size());
        assertFalse(slow.building());
    }

    @Test
    void names_the_cause_when_indexing_fails_with_an_exception_without_a_message() {
        KnowledgeProperties config = new KnowledgeProperties(tmp.resolve("index").toString(), EmbeddingModels.MINILM,
                "lucene", 1 << 20, Duration.ofSeconds(1), 1200, true, Duration.ofSeconds(20), null);
        BundledRunbookIndexer failing = new BundledRunbookIndexer(() -> {
            throw new IllegalStateException("index directory locked", new NullPointerException());
        }, config);

        IngestSummary summary = failing.indexIfEmpty();

        assertEquals(List.of(), summary.added());
        String failure = failing.failure().orElseThrow();
        assertTrue(failure.contains("NullPointerException"), failure);
        assertFalse(failure.equals("null"));
    }
}
