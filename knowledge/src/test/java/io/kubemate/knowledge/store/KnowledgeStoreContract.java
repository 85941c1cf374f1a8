package io.kubemate.knowledge.store;

import io.kubemate.knowledge.Audience;
import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.HashingEmbedder;
import io.kubemate.knowledge.SearchHit;
import io.kubemate.knowledge.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link KnowledgeStore} must do; one thin subclass per implementation. */
public abstract class KnowledgeStoreContract {

    protected final HashingEmbedder embedder = new HashingEmbedder();
    protected KnowledgeStore store;

    /** A fresh, empty store for vectors of {@code embedder}. */
    protected abstract KnowledgeStore newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    protected EmbeddedChunk chunk(String source, int n, String heading, String text) {
        Chunk chunk = new Chunk(source + "#" + n, source, "Title of " + source, heading, text, Map.of("lang", "en"));
        return new EmbeddedChunk(chunk, embedder.embedQuery(chunk.embeddingText()));
    }

    protected List<SearchHit> search(String query, int k) {
        return store.search(query, embedder.embedQuery(query), k);
    }

    @Test
    void finds_a_stored_chunk_with_its_source_title_heading_and_metadata() {
        store.replace("docs/etcd.md", "h1", List.of(
                chunk("docs/etcd.md", 0, "etcd › Quota", "etcd database space exceeded: compact and defragment"),
                chunk("docs/etcd.md", 1, "etcd › Backup", "take a snapshot with etcdctl snapshot save")));
        store.replace("docs/dns.md", "h2", List.of(chunk("docs/dns.md", 0, "DNS", "CoreDNS pods failing to resolve names")));

        SearchHit top = search("etcd space exceeded compact defragment", 3).get(0);

        assertEquals("docs/etcd.md", top.chunk().source());
        assertEquals("Title of docs/etcd.md", top.chunk().title());
        assertEquals("etcd › Quota", top.chunk().heading());
        assertEquals("en", top.chunk().metadata().get("lang"));
        assertTrue(top.score() > 0);
    }

    @Test
    void finds_chinese_text_by_a_chinese_question() {
        store.replace("zh/etcd.md", "h1", List.of(chunk("zh/etcd.md", 0, "etcd 空间超限", "etcd 数据库空间满了：先压缩再碎片整理")));
        store.replace("zh/dns.md", "h1", List.of(chunk("zh/dns.md", 0, "DNS 解析失败", "CoreDNS 无法解析服务名称")));

        assertEquals("zh/etcd.md", search("etcd 空间满了怎么处理", 2).get(0).chunk().source());
    }

    @Test
    void returns_at_most_k_results_best_first() {
        for (int i = 0; i < 8; i++) {
            store.replace("doc" + i, "h", List.of(chunk("doc" + i, 0, "H", "pod restart crash loop number " + i)));
        }

        List<SearchHit> hits = search("pod restart crash loop", 5);

        assertEquals(5, hits.size());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
        }
    }

    @Test
    void replacing_a_document_drops_its_old_chunks() {
        store.replace("a.md", "v1", List.of(chunk("a.md", 0, "A", "old text about volumes"),
                chunk("a.md", 1, "A", "more old text about volumes")));
        store.replace("a.md", "v2", List.of(chunk("a.md", 0, "A", "new text about ingress")));

        assertEquals(1, store.chunkCount());
        assertEquals(Optional.of("v2"), store.hashOf("a.md"));
        assertEquals("new text about ingress", search("volumes ingress", 5).get(0).chunk().text());
    }

    @Test
    void removing_a_document_removes_all_its_chunks() {
        store.replace("a.md", "v1", List.of(chunk("a.md", 0, "A", "alpha"), chunk("a.md", 1, "A", "alpha two")));
        store.replace("b.md", "v1", List.of(chunk("b.md", 0, "B", "beta")));

        store.remove("a.md");

        assertEquals(Set.of("b.md"), store.sources());
        assertEquals(1, store.chunkCount());
        assertEquals(Optional.empty(), store.hashOf("a.md"));
    }

    @Test
    void an_unknown_source_has_no_hash() {
        assertEquals(Optional.empty(), store.hashOf("never.md"));
        assertFalse(store.sources().contains("never.md"));
    }

    @Test
    void an_empty_store_finds_nothing() {
        assertEquals(List.of(), search("anything at all", 5));
        assertEquals(0, store.chunkCount());
    }

    @Test
    void restricted_chunks_are_found_only_by_their_audience_and_keep_their_visibility() {
        Visibility payments = new Visibility(Set.of("payments"), Set.of("sre"));
        EmbeddedChunk restricted = chunk("internal/payroll.md", 0, "Payroll", "payroll database password rotation");
        store.replace("internal/payroll.md", "h1", List.of(new EmbeddedChunk(restricted.chunk().withVisibility(payments), restricted.vector())));
        store.replace("docs/dns.md", "h2", List.of(chunk("docs/dns.md", 0, "DNS", "CoreDNS payroll names")));
        String query = "payroll database password rotation";
        float[] vector = embedder.embedQuery(query);

        assertTrue(store.search(query, vector, 5, new Audience(false, false, Set.of("trade"), Set.of("dev"))).stream()
                .noneMatch(h -> h.chunk().source().equals("internal/payroll.md")));
        assertTrue(store.search(query, vector, 5, new Audience(false, false, Set.of(), Set.of("sre"))).stream()
                .anyMatch(h -> h.chunk().source().equals("internal/payroll.md")));
        SearchHit hit = store.search(query, vector, 5, new Audience(false, false, Set.of("payments"), Set.of())).stream()
                .filter(h -> h.chunk().source().equals("internal/payroll.md")).findFirst().orElseThrow();
        assertEquals(payments, hit.chunk().visibility());
        assertFalse(hit.chunk().metadata().containsKey("kubemate.visibility"), hit.chunk().metadata().toString());
        assertEquals(Visibility.PUBLIC, store.search(query, vector, 5, Audience.PUBLIC_ONLY).getFirst().chunk().visibility());
    }

    @Test
    void gives_one_documents_chunks_in_order_to_those_who_may_read_them() {
        Visibility payments = new Visibility(Set.of("payments"), Set.of());
        EmbeddedChunk secret = chunk("ops/guide.md", 2, "Guide › Credentials", "where the payments vault lives");
        store.replace("ops/guide.md", "h1", List.of(chunk("ops/guide.md", 10, "Guide › Last", "last part"),
                chunk("ops/guide.md", 0, "Guide", "first part"), chunk("ops/guide.md", 1, "Guide › Middle", "middle part"),
                new EmbeddedChunk(secret.chunk().withVisibility(payments), secret.vector())));
        store.replace("other.md", "h2", List.of(chunk("other.md", 0, "Other", "unrelated")));

        assertEquals(List.of("ops/guide.md#0", "ops/guide.md#1", "ops/guide.md#2", "ops/guide.md#10"),
                store.document("ops/guide.md", Audience.EVERYTHING).stream().map(Chunk::id).toList());
        assertEquals(List.of("ops/guide.md#0", "ops/guide.md#1", "ops/guide.md#10"),
                store.document("ops/guide.md", Audience.PUBLIC_ONLY).stream().map(Chunk::id).toList());
        assertEquals(List.of(), store.document("missing.md", Audience.EVERYTHING));
    }
}
