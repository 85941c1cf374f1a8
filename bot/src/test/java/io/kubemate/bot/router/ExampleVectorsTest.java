package io.kubemate.bot.router;

import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.knowledge.embed.EmbeddingModels;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExampleVectorsTest {

    @Test
    void vectors_written_for_some_examples_are_read_back_only_for_the_same_examples_and_model() throws IOException {
        List<String> texts = List.of("scale payment-api to 3", "扩容 payment-api");
        List<float[]> vectors = List.of(new float[]{0.6f, 0.8f}, new float[]{1f, 0f});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExampleVectors.write(out, ExampleVectors.hash("m", texts), vectors);

        Optional<List<float[]>> same = ExampleVectors.read(new ByteArrayInputStream(out.toByteArray()), ExampleVectors.hash("m", texts));
        Optional<List<float[]>> edited = ExampleVectors.read(new ByteArrayInputStream(out.toByteArray()),
                ExampleVectors.hash("m", List.of("scale payment-api to 4", "扩容 payment-api")));
        Optional<List<float[]>> otherModel = ExampleVectors.read(new ByteArrayInputStream(out.toByteArray()), ExampleVectors.hash("n", texts));

        assertEquals(2, same.orElseThrow().size());
        assertArrayEquals(vectors.get(0), same.get().get(0));
        assertTrue(edited.isEmpty());
        assertTrue(otherModel.isEmpty());
    }

    @Test
    void the_build_ships_vectors_of_the_current_examples_equal_to_embedding_them_now() {
        List<String> texts = IntentClassifier.exampleTexts(ExampleBook.load());
        Embedder model = EmbeddingModels.named(EmbeddingModels.DEFAULT);

        List<float[]> shipped = ExampleVectors.bundled(model.name(), texts).orElseThrow(
                () -> new AssertionError("no bundled vectors for the current examples: the build's process-classes step did not run"));
        List<float[]> sample = IntentClassifier.unitVectors(model, List.of(texts.get(0), texts.get(texts.size() - 1)));

        assertEquals(texts.size(), shipped.size());
        assertTrue(dot(shipped.get(0), sample.get(0)) > 0.999);
        assertTrue(dot(shipped.get(texts.size() - 1), sample.get(1)) > 0.999);
    }

    @Test
    void routing_with_shipped_vectors_embeds_only_the_message() {
        AtomicInteger embedded = new AtomicInteger();
        Embedder real = EmbeddingModels.named(EmbeddingModels.DEFAULT);
        Embedder counting = new Embedder() {
            @Override
            public String name() {
                return real.name();
            }

            @Override
            public int dimension() {
                return real.dimension();
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                embedded.addAndGet(texts.size());
                return real.embedAll(texts);
            }

            @Override
            public float[] embedQuery(String query) {
                embedded.incrementAndGet();
                return real.embedQuery(query);
            }
        };

        List<IntentClassifier.ToolScore> ranked = new IntentClassifier(counting, ExampleBook.load()).rank("scale payment-api to 3 replicas");

        assertEquals(1, embedded.get());
        assertEquals("scale", ranked.getFirst().tool());
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
