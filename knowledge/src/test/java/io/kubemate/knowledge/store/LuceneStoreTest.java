package io.kubemate.knowledge.store;

import io.kubemate.knowledge.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LuceneStoreTest extends KnowledgeStoreContract {

    @TempDir
    Path dir;

    @Override
    protected KnowledgeStore newStore() {
        return LuceneStore.open(dir.resolve("index"), embedder.name(), embedder.dimension());
    }

    @Test
    void survives_a_restart() {
        store.replace("a.md", "v1", List.of(chunk("a.md", 0, "A", "cordon the node before draining")));
        store.close();

        store = newStore();

        assertEquals(Optional.of("v1"), store.hashOf("a.md"));
        assertEquals("a.md", search("drain node", 1).get(0).chunk().source());
    }

    @Test
    void a_commit_makes_the_documents_durable_for_another_reader() throws Exception {
        store.replace("a.md", "v1", List.of(chunk("a.md", 0, "A", "one"), chunk("a.md", 1, "A", "two")));

        store.commit();

        try (var reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir.resolve("index")))) {
            assertEquals(2, reader.numDocs());
        }
    }

    @Test
    void refuses_to_mix_vectors_of_another_model() {
        store.replace("a.md", "v1", List.of(chunk("a.md", 0, "A", "text")));
        store.close();

        StoreException e = assertThrows(StoreException.class,
                () -> LuceneStore.open(dir.resolve("index"), "other-model", 384));

        assertTrue(e.getMessage().contains("hashing-test"), e.getMessage());
        store = newStore();
    }

    @Test
    void refuses_a_second_writer_on_the_same_folder() {
        IndexInUseException e = assertThrows(IndexInUseException.class, this::newStore);

        assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }

    @Test
    void a_read_only_store_searches_an_index_another_writer_holds_and_sees_its_commits() {
        store.replace("a.md", "v1", List.of(chunk("a.md", 0, "A", "cordon the node")));
        store.commit();
        try (LuceneStore reader = LuceneStore.openReadOnly(dir.resolve("index"), embedder.name(), embedder.dimension())) {
            assertEquals(1, reader.chunkCount());

            store.replace("b.md", "v1", List.of(chunk("b.md", 0, "B", "drain the node")));
            store.commit();

            assertEquals(2, reader.chunkCount());
            assertThrows(StoreException.class, () -> reader.remove("a.md"));
        }
    }

    @Test
    void readers_on_other_threads_see_whole_documents_while_one_is_rewritten() throws Exception {
        List<EmbeddedChunk> three = List.of(chunk("a.md", 0, "A", "pressure one"), chunk("a.md", 1, "A", "pressure two"),
                chunk("a.md", 2, "A", "pressure three"));
        store.replace("a.md", "v0", three);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    List<Integer> sizes = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        List<SearchHit> hits = search("pressure", 10);
                        sizes.add(hits.size());
                    }
                    return sizes;
                }));
            }
            for (int v = 1; v <= 30; v++) {
                store.replace("a.md", "v" + v, three);
            }
            for (Future<List<Integer>> reader : readers) {
                assertTrue(reader.get().stream().allMatch(n -> n == 3), "a reader saw a half-written document");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, store.chunkCount());
    }

    @Test
    void a_hash_lookup_between_writes_sees_every_earlier_write_and_removal() {
        store.replace("a.md", "v1", List.of(chunk("a.md", 0, "A", "one")));
        store.replace("b.md", "v1", List.of(chunk("b.md", 0, "B", "two")));
        assertEquals(2, store.chunkCount());
        store.replace("a.md", "v2", List.of(chunk("a.md", 0, "A", "one again")));

        assertEquals(Optional.of("v1"), store.hashOf("b.md"));
        assertEquals(Optional.of("v2"), store.hashOf("a.md"));
        store.remove("b.md");
        assertEquals(Optional.empty(), store.hashOf("b.md"));
        store.replace("c.md", "v1", List.of(chunk("c.md", 0, "C", "three")));
        assertEquals(Optional.of("v1"), store.hashOf("c.md"));
        assertEquals(Optional.of("v2"), store.hashOf("a.md"));
        assertEquals(2, store.chunkCount());
    }

    @Test
    void keeps_every_document_written_while_background_commits_run_when_closed() throws Exception {
        // long enough for the once-a-second commit to run beside the writes at least once
        long until = System.nanoTime() + 1_500_000_000L;
        int written = 0;
        while (System.nanoTime() < until || written < 10) {
            String source = "doc-" + written + ".md";
            assertEquals(Optional.empty(), store.hashOf(source));
            store.replace(source, "v1", List.of(chunk(source, 0, "H", "text " + written)));
            written++;
        }
        store.close();

        try (var reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir.resolve("index")))) {
            assertEquals(written, reader.numDocs());
        }
        store = newStore();
        assertEquals(Optional.of("v1"), store.hashOf("doc-" + (written - 1) + ".md"));
    }
}
