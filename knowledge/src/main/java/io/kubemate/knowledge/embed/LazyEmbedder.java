package io.kubemate.knowledge.embed;

import java.util.List;
import java.util.function.Supplier;

/**
 * An embedder whose model is loaded at its first use, not when the service starts: the bundled model and its
 * tokenizer hold ~85 MiB and take a second or more to load, and commands such as {@code inspect} never embed.
 * Its name and dimension are known without loading it.
 */
public final class LazyEmbedder implements Embedder {

    private final String name;
    private final int dimension;
    private final Supplier<Embedder> loader;
    private volatile Embedder loaded;

    public LazyEmbedder(String name, int dimension, Supplier<Embedder> loader) {
        this.name = name;
        this.dimension = dimension;
        this.loader = loader;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model().embedAll(texts);
    }

    @Override
    public float[] embedQuery(String query) {
        return model().embedQuery(query);
    }

    /** Whether the model has been loaded (by a first embedding). */
    public boolean loaded() {
        return loaded != null;
    }

    private Embedder model() {
        Embedder ready = loaded;
        if (ready == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = loader.get();
                }
                ready = loaded;
            }
        }
        return ready;
    }
}
