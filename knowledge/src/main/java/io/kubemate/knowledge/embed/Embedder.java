package io.kubemate.knowledge.embed;

import java.util.List;

/** Turns text into vectors; one model for both the chunks and the queries of an index. */
public interface Embedder {

    /** The model's name, stored with an index so that a different model is not mixed into it. */
    String name();

    int dimension();

    List<float[]> embedAll(List<String> texts);

    default float[] embedQuery(String query) {
        return embedAll(List.of(query)).get(0);
    }
}
