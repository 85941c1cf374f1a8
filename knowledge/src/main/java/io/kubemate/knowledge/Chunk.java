package io.kubemate.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One retrievable piece of a document: its text, the heading path above it ("RB-02 CrashLoopBackOff ›
 * 2. Check probes"), the document's source (file path or URL) and title for citations, and who may find it.
 */
public record Chunk(String id, String source, String title, String heading, String text, Map<String, String> metadata,
                    Visibility visibility) {

    public Chunk {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        visibility = visibility == null ? Visibility.PUBLIC : visibility;
    }

    /** A public chunk. */
    public Chunk(String id, String source, String title, String heading, String text, Map<String, String> metadata) {
        this(id, source, title, heading, text, metadata, Visibility.PUBLIC);
    }

    public Chunk withVisibility(Visibility visibility) {
        return new Chunk(id, source, title, heading, text, metadata, visibility);
    }

    /** What the embedding model sees: the heading path gives a short chunk its context. */
    public String embeddingText() {
        return heading.isEmpty() ? text : heading + "\n" + text;
    }
}
