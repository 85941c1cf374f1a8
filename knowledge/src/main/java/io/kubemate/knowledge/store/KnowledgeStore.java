package io.kubemate.knowledge.store;

import io.kubemate.knowledge.Chunk;

import io.kubemate.knowledge.Audience;
import io.kubemate.knowledge.SearchHit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where chunks and their vectors live. A document (one source) is replaced as a whole: readers see either
 * its old chunks or its new ones, never a mix, and a crash leaves whole documents only.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** The content hash the source was last stored with, if it is stored. */
    Optional<String> hashOf(String source);

    /**
     * Replaces every chunk of {@code source} with {@code chunks}, visible to searches at once; durable after
     * the next {@link #commit()} (an implementation may commit sooner).
     */
    void replace(String source, String hash, List<EmbeddedChunk> chunks);

    /** Makes every change so far durable. */
    void commit();

    void remove(String source);

    Set<String> sources();

    long chunkCount();

    /** The chunks of one document that {@code audience} may see, in the document's order; empty when none. */
    List<Chunk> document(String source, Audience audience);

    /** Best {@code k} chunks for the query text and its vector, of every visibility. */
    default List<SearchHit> search(String query, float[] vector, int k) {
        return search(query, vector, k, Audience.EVERYTHING);
    }

    /** Best {@code k} chunks that {@code audience} may find ({@link Audience#sees}). */
    List<SearchHit> search(String query, float[] vector, int k, Audience audience);

    @Override
    void close();
}
