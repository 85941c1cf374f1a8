package io.kubemate.bot.router;

import io.kubemate.knowledge.embed.Embedder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which tool a free-text message most likely asks for: the message's embedding against the example
 * utterances', a tool scoring the cosine of its nearest example. The examples' vectors come with the jar
 * ({@link ExampleVectors}); only when they do not match the examples and the model are they embedded, once.
 */
public final class IntentClassifier {

    public record ToolScore(String tool, double score) {
    }

    private final Embedder embedder;
    private final ExampleBook book;
    private final Object lock = new Object();
    private volatile List<float[]> vectors;

    public IntentClassifier(Embedder embedder, ExampleBook book) {
        this.embedder = embedder;
        this.book = book;
    }

    /** Every tool of the examples, the likeliest first. */
    public List<ToolScore> rank(String message) {
        List<float[]> examples = vectors();
        float[] query = normalised(embedder.embedQuery(message));
        // the nearest example decides; averaging a tool's two or three nearest scored worse on the labeled set
        Map<String, Double> best = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            best.merge(book.examples().get(i).tool(), dot(query, examples.get(i)), Math::max);
        }
        List<ToolScore> ranked = new ArrayList<>();
        best.forEach((tool, score) -> ranked.add(new ToolScore(tool, score)));
        ranked.sort(Comparator.comparingDouble(ToolScore::score).reversed());
        return ranked;
    }

    /** Embeds the examples now rather than at the first message. */
    public void warmUp() {
        vectors();
    }

    private List<float[]> vectors() {
        List<float[]> ready = vectors;
        if (ready == null) {
            synchronized (lock) {
                if (vectors == null) {
                    List<String> texts = exampleTexts(book);
                    vectors = ExampleVectors.bundled(embedder.name(), texts).orElseGet(() -> unitVectors(embedder, texts));
                }
                ready = vectors;
            }
        }
        return ready;
    }

    /** The texts the examples are embedded as: their placeholders filled with sample names. */
    static List<String> exampleTexts(ExampleBook book) {
        return book.examples().stream().map(e -> Placeholders.fill(e.text())).toList();
    }

    static List<float[]> unitVectors(Embedder embedder, List<String> texts) {
        return embedder.embedAll(texts).stream().map(IntentClassifier::normalised).toList();
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        double length = Math.sqrt(norm);
        float[] unit = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            unit[i] = (float) (length == 0 ? 0 : v[i] / length);
        }
        return unit;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
