package io.kubemate.knowledge.ingest;

import com.sun.net.httpserver.HttpServer;
import io.kubemate.knowledge.HashingEmbedder;
import io.kubemate.knowledge.store.KnowledgeStore;
import io.kubemate.knowledge.store.LuceneStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestorTest {

    @TempDir
    Path tmp;

    private final HashingEmbedder embedder = new HashingEmbedder();
    private KnowledgeStore store;
    private Ingestor ingestor;
    private Path docs;

    @BeforeEach
    void setUp() throws IOException {
        store = LuceneStore.open(tmp.resolve("index"), embedder.name(), embedder.dimension());
        ingestor = new Ingestor(store, embedder, new IngestOptions(64 * 1024, Duration.ofSeconds(2), 1200));
        docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("etcd.md"), "# etcd quota\n\n1. Compact.\n2. Defragment.\n");
        Files.writeString(docs.resolve("dns.html"), "<html><body><h1>DNS</h1><p>CoreDNS cannot resolve names.</p></body></html>");
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void ingests_a_folder_and_names_each_file_as_its_source() {
        IngestSummary summary = ingestor.ingest(docs, p -> { });

        assertEquals(2, summary.added().size(), summary.toString());
        assertEquals(summary.added().stream().sorted().toList(), store.sources().stream().sorted().toList());
        assertTrue(store.sources().contains(docs.toAbsolutePath() + "/etcd.md"), store.sources().toString());
    }

    @Test
    void skips_an_unchanged_document_on_the_second_ingest() {
        ingestor.ingest(docs, p -> { });
        long chunks = store.chunkCount();

        IngestSummary again = ingestor.ingest(docs, p -> { });

        assertEquals(2, again.unchanged().size());
        assertEquals(List.of(), again.added());
        assertEquals(chunks, store.chunkCount());
    }

    @Test
    void replaces_the_chunks_of_a_changed_document() throws IOException {
        ingestor.ingest(docs, p -> { });
        Files.writeString(docs.resolve("etcd.md"), "# etcd backup\n\nTake a snapshot.\n");

        IngestSummary again = ingestor.ingest(docs, p -> { });

        assertEquals(List.of(docs.toAbsolutePath() + "/etcd.md"), again.updated());
        String texts = store.search("snapshot compact", embedder.embedQuery("snapshot compact"), 10).stream()
                .map(h -> h.chunk().text()).collect(Collectors.joining("\n"));
        assertTrue(texts.contains("Take a snapshot."), texts);
        assertTrue(!texts.contains("Compact."), texts);
    }

    @Test
    void removes_a_deleted_file_when_its_folder_is_ingested_again() throws IOException {
        ingestor.ingest(docs, p -> { });
        Files.delete(docs.resolve("dns.html"));

        IngestSummary again = ingestor.ingest(docs, p -> { });

        assertEquals(List.of(docs.toAbsolutePath() + "/dns.html"), again.removed());
        assertEquals(1, store.sources().size());
    }

    @Test
    void skips_each_bad_input_with_a_reason_and_ingests_the_rest() throws Exception {
        Files.write(docs.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII));
        Files.write(docs.resolve("locked.docx"), TestDocuments.passwordProtectedDocx("secret", "classified runbook"));
        Files.write(docs.resolve("huge.txt"), new byte[128 * 1024]);
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(docs.resolve("junk.bin"), junk);
        Files.write(docs.resolve("junk.txt"), junk);
        Files.writeString(docs.resolve("empty.html"), "<html><body><nav>Home</nav><script>x()</script></body></html>");

        IngestSummary summary = ingestor.ingest(docs, p -> { });

        Map<String, String> reasons = summary.skipped().stream().collect(Collectors.toMap(
                s -> s.source().substring(s.source().lastIndexOf('/') + 1), IngestSummary.Skipped::reason));
        assertEquals(6, reasons.size(), reasons.toString());
        assertTrue(reasons.get("corrupt.pdf").contains("application/pdf"), reasons.toString());
        assertTrue(reasons.get("locked.docx").contains("password"), reasons.toString());
        assertTrue(reasons.get("huge.txt").contains("larger than the limit"), reasons.toString());
        assertTrue(reasons.get("junk.bin").contains("not a supported document type"), reasons.toString());
        assertTrue(reasons.get("junk.txt").contains("binary"), reasons.toString());
        assertEquals("no text found", reasons.get("empty.html"));
        assertEquals(2, summary.added().size());
    }

    @Test
    void reads_word_powerpoint_and_pdf_documents() throws Exception {
        Files.write(docs.resolve("sop.docx"), TestDocuments.docx("Rotate the kubelet client certificate yearly."));
        Files.write(docs.resolve("guide.pdf"), TestDocuments.pdf("Drain the node before maintenance."));
        Files.write(docs.resolve("training.pptx"), TestDocuments.pptx("On-call training", "Silence the alert before a planned failover."));

        ingestor.ingest(docs, p -> { });

        assertTrue(store.search("kubelet certificate", embedder.embedQuery("kubelet certificate"), 1).get(0)
                .chunk().text().contains("Rotate the kubelet client certificate"));
        assertTrue(store.search("drain maintenance", embedder.embedQuery("drain maintenance"), 1).get(0)
                .chunk().text().contains("Drain the node"));
        assertTrue(store.search("planned failover", embedder.embedQuery("planned failover"), 1).get(0)
                .chunk().text().contains("Silence the alert"));
    }

    @Test
    void fetches_an_intranet_page_and_cleans_it_like_a_file() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/wiki/pvc", exchange -> {
            byte[] body = "<html><head><title>PVC Pending</title></head><body><nav>menu</nav><h1>PVC Pending</h1><p>Check the StorageClass provisioner.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/wiki/pvc";

            IngestSummary summary = ingestor.ingest(url, p -> { });

            assertEquals(List.of(url), summary.added());
            var hit = store.search("storageclass", embedder.embedQuery("storageclass"), 1).get(0).chunk();
            assertEquals("PVC Pending", hit.title());
            assertTrue(!hit.text().contains("menu"), hit.text());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void skips_an_unreachable_url() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/gone";

        IngestSummary summary = ingestor.ingest(url, p -> { });

        assertEquals(1, summary.skipped().size());
        assertTrue(summary.skipped().get(0).reason().startsWith("unreachable"), summary.skipped().toString());
    }

    @Test
    void reports_progress_after_each_document_with_the_total() {
        List<Progress> seen = new ArrayList<>();

        ingestor.ingest(docs, seen::add);

        assertEquals(List.of(1, 2), seen.stream().map(Progress::done).toList());
        assertTrue(seen.stream().allMatch(p -> p.total() == 2));
        assertEquals(0, seen.get(1).eta().toSeconds());
        assertTrue(seen.get(1).chunks() >= 2);
    }

    @Test
    void a_missing_path_is_skipped_with_a_reason() {
        IngestSummary summary = ingestor.ingest(tmp.resolve("nope").toString(), p -> { });

        assertEquals("no such file or folder", summary.skipped().get(0).reason());
    }
}
