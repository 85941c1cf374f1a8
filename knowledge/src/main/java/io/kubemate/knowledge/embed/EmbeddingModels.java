package io.kubemate.knowledge.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

import java.util.List;

/** The embedding models shipped in Maven jars, by the name used in {@code kubemate.knowledge.model}. */
public final class EmbeddingModels {

    public static final String MINILM = "all-minilm-l6-v2-q";
    public static final String BGE_ZH = "bge-small-zh-v15-q";
    public static final List<String> NAMES = List.of(BGE_ZH, MINILM);

    /** The default, chosen by recall@5 on the bilingual eval set (evals/RESULTS.md). */
    public static final String DEFAULT = BGE_ZH;

    private EmbeddingModels() {
    }

    /** The model of that name, loaded at its first embedding (its dimension is known without loading it). */
    public static Embedder named(String name) {
        return switch (name) {
            case MINILM -> new LazyEmbedder(MINILM, 384,
                    () -> new OnnxEmbedder(MINILM, new AllMiniLmL6V2QuantizedEmbeddingModel(), ""));
            case BGE_ZH -> new LazyEmbedder(BGE_ZH, 512,
                    () -> new OnnxEmbedder(BGE_ZH, new BgeSmallZhV15QuantizedEmbeddingModel(), ""));
            default -> throw new IllegalArgumentException("unknown embedding model '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }
}
