package io.kubemate.knowledge;

import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.knowledge.ingest.IngestOptions;
import io.kubemate.knowledge.ingest.IngestSummary;
import io.kubemate.knowledge.ingest.Ingestor;
import io.kubemate.knowledge.ingest.Progress;
import io.kubemate.knowledge.store.KnowledgeStore;

import java.nio.file.Path;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.Consumer;

/** Ingest and hybrid search over one store with one embedding model; safe to share between threads. */
public final class KnowledgeBase implements AutoCloseable {

    /** The source prefix of the runbooks shipped inside the knowledge jar. */
    public static final String BUNDLED = "bundled:runbooks";

    private final KnowledgeStore store;
    private final Embedder embedder;
    private final Ingestor ingestor;

    public KnowledgeBase(KnowledgeStore store, Embedder embedder, IngestOptions options) {
        this.store = store;
        this.embedder = embedder;
        this.ingestor = new Ingestor(store, embedder, options);
    }

    public IngestSummary ingest(String target, Consumer<Progress> progress) {
        return ingestor.ingest(target, Visibility.PUBLIC, progress);
    }

    /** Ingests {@code target} so that only {@code visibility}'s namespaces and roles find it. */
    public IngestSummary ingest(String target, Visibility visibility, Consumer<Progress> progress) {
        return ingestor.ingest(target, visibility, progress);
    }

    /** Ingests the runbooks bundled in the jar ({@code knowledge/runbooks/**} on the classpath). */
    public IngestSummary ingestBundled(Consumer<Progress> progress) {
        SequencedMap<String, String> texts = BundledRunbooks.texts();
        return texts.isEmpty() ? IngestSummary.empty() : ingestor.texts(texts, BUNDLED, progress);
    }

    public IngestSummary ingestFolder(Path folder, String sourcePrefix, Consumer<Progress> progress) {
        return ingestor.folder(folder, sourcePrefix, progress);
    }

    /** Search over every document, for administrators and the command line. */
    public List<SearchHit> search(String query, int k) {
        return search(query, k, Audience.EVERYTHING);
    }

    /** Search over the documents {@code audience} may find. */
    public List<SearchHit> search(String query, int k, Audience audience) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        if (k < 1 || k > 100) {
            throw new IllegalArgumentException("k must be between 1 and 100, got " + k);
        }
        // the store filters; this checks again, so a store that forgot cannot show a restricted chunk
        return store.search(query, embedder.embedQuery(query), k, audience).stream()
                .filter(hit -> audience.sees(hit.chunk().visibility())).toList();
    }

    /** One document as {@code audience} may read it: its chunks in order (empty when it is unknown or not theirs). */
    public List<Chunk> document(String source, Audience audience) {
        return store.document(source, audience).stream().filter(chunk -> audience.sees(chunk.visibility())).toList();
    }

    public boolean isEmpty() {
        return store.chunkCount() == 0;
    }

    public long chunkCount() {
        return store.chunkCount();
    }

    public String model() {
        return embedder.name();
    }

    @Override
    public void close() {
        store.close();
    }
}
