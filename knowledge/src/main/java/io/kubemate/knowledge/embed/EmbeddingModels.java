package io.kubemate.knowledge.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The embedding models shipped in Maven jars, by the name used in {@code kubemate.knowledge.model}. */
public final class EmbeddingModels {

    public static final String MINILM = "all-minilm-l6-v2-q";
    public static final String BGE_ZH = "bge-small-zh-v15-q";
    public static final List<String> NAMES = List.of(BGE_ZH, MINILM);

    /** The default, chosen by recall@5 on the bilingual eval set (evals/RESULTS.md). */
    public static final String DEFAULT = BGE_ZH;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingModels.class);

    private EmbeddingModels() {
    }

    /** The model of that name, read from its jar at its first embedding (its dimension is known without loading it). */
    public static Embedder named(String name) {
        return named(name, null);
    }

    /**
     * As {@link #named(String)}, but the model is read from files copied once into {@code fileCache} (see
     * {@link ModelFiles}); from the jar when {@code fileCache} is null or cannot be written.
     */
    public static Embedder named(String name, Path fileCache) {
        return switch (name) {
            case MINILM -> new LazyEmbedder(MINILM, 384, () -> new OnnxEmbedder(MINILM,
                    load(fileCache, "all-minilm-l6-v2-q", PoolingMode.MEAN, AllMiniLmL6V2QuantizedEmbeddingModel::new), ""));
            case BGE_ZH -> new LazyEmbedder(BGE_ZH, 512, () -> new OnnxEmbedder(BGE_ZH,
                    load(fileCache, "bge-small-zh-v1.5-q", PoolingMode.CLS, BgeSmallZhV15QuantizedEmbeddingModel::new), ""));
            default -> throw new IllegalArgumentException("unknown embedding model '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }

    /** The jar's {@code <file>.onnx} and {@code <file>-tokenizer.json} with the pooling its model class uses. */
    private static EmbeddingModel load(Path fileCache, String file, PoolingMode pooling, Supplier<EmbeddingModel> fromJar) {
        if (fileCache == null) {
            return fromJar.get();
        }
        try {
            ModelFiles files = ModelFiles.in(fileCache, file + ".onnx", file + "-tokenizer.json");
            return new OnnxEmbeddingModel(files.model(), files.tokenizer(), pooling);
        } catch (IOException e) {
            LOG.warn("cannot copy the embedding model {} to {} ({}); reading it from the jar", file, fileCache, e.getMessage());
            return fromJar.get();
        }
    }
}
