package io.kubemate.knowledge.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentReaderTest {

    @TempDir
    Path tmp;

    @Test
    void markdown_html_and_text_files_are_typed_by_name_without_making_tika() throws Exception {
        DocumentReader reader = new DocumentReader(IngestOptions.defaults());

        assertEquals("text/x-web-markdown", reader.read(write("etcd-quota.md", "# etcd quota"), "a").mediaType());
        assertEquals("text/html", reader.read(write("TLS.HTM", "<h1>TLS</h1>"), "b").mediaType());
        assertEquals("text/plain", reader.read(write("notes.txt", "drain first"), "c").mediaType());

        assertFalse(reader.tikaLoaded());
    }

    @Test
    void other_files_are_typed_by_their_content() throws Exception {
        DocumentReader reader = new DocumentReader(IngestOptions.defaults());

        String type = reader.read(write("scan", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n"), "d").mediaType();

        assertEquals("application/pdf", type);
        assertTrue(reader.tikaLoaded());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }
}
