package io.kubemate.knowledge.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.List;

/** An in-process ONNX model from a Maven jar, through langchain4j; nothing is downloaded. */
public final class OnnxEmbedder implements Embedder {

    private final String name;
    private final EmbeddingModel model;
    private final String queryPrefix;

    public OnnxEmbedder(String name, EmbeddingModel model, String queryPrefix) {
        this.name = name;
        this.model = model;
        this.queryPrefix = queryPrefix;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    @Override
    public float[] embedQuery(String query) {
        return model.embed(queryPrefix + query).content().vector();
    }
}
