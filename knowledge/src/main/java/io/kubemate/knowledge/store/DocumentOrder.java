package io.kubemate.knowledge.store;

import io.kubemate.knowledge.Chunk;

import java.util.Comparator;
import java.util.List;

/** A document's chunks back in the order the chunker cut them: ids end in {@code #<n>}, compared as numbers. */
final class DocumentOrder {

    private DocumentOrder() {
    }

    static List<Chunk> sorted(List<Chunk> chunks) {
        return chunks.stream().sorted(Comparator.comparingLong(DocumentOrder::position).thenComparing(Chunk::id)).toList();
    }

    private static long position(Chunk chunk) {
        int hash = chunk.id().lastIndexOf('#');
        try {
            return hash < 0 ? Long.MAX_VALUE : Long.parseLong(chunk.id().substring(hash + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
