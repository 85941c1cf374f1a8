package io.kubemate.knowledge.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractorsTest {

    @Test
    void markdown_and_html_are_read_without_loading_tika() throws SkippedException {
        Extractors extractors = new Extractors();

        extractors.extract(doc("etcd.md", "# etcd quota\n\nCompact and defragment.", "text/markdown"));
        extractors.extract(doc("tls.html", "<h1>TLS</h1><p>Renew the secret.</p>", "text/html"));

        assertFalse(extractors.tikaLoaded());
    }

    @Test
    void tika_is_loaded_by_the_first_document_only_it_reads() throws SkippedException {
        Extractors extractors = new Extractors();

        ParsedDocument parsed = extractors.extract(doc("notes.txt", "Drain the node before the upgrade.", "text/plain"));

        assertTrue(extractors.tikaLoaded());
        assertTrue(parsed.hasText());
    }

    private static SourceDocument doc(String name, String text, String type) {
        return new SourceDocument(name, name, text.getBytes(StandardCharsets.UTF_8), type);
    }
}
