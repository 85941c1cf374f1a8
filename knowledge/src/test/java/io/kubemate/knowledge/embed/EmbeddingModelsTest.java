package io.kubemate.knowledge.embed;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingModelsTest {

    @Test
    void each_bundled_model_loads_from_its_jar_and_ranks_a_paraphrase_above_an_unrelated_text() {
        for (String name : EmbeddingModels.NAMES) {
            Embedder embedder = EmbeddingModels.named(name);
            List<float[]> v = embedder.embedAll(List.of(
                    "the etcd database has run out of space",
                    "etcd quota exceeded, database size limit reached",
                    "rotate the TLS certificate of the ingress"));

            assertEquals(embedder.dimension(), v.get(0).length, name);
            assertTrue(cosine(v.get(0), v.get(1)) > cosine(v.get(0), v.get(2)), name);
        }
    }

    @Test
    void chinese_model_matches_a_chinese_question_to_the_chinese_answer() {
        Embedder embedder = EmbeddingModels.named(EmbeddingModels.BGE_ZH);
        float[] q = embedder.embedQuery("etcd 空间满了怎么处理");
        List<float[]> docs = embedder.embedAll(List.of("etcd 数据库空间超限：压缩历史版本并碎片整理", "Ingress 证书过期：更新 TLS Secret"));

        assertTrue(cosine(q, docs.get(0)) > cosine(q, docs.get(1)));
    }

    @Test
    void a_model_is_not_loaded_until_its_first_embedding() {
        LazyEmbedder embedder = (LazyEmbedder) EmbeddingModels.named(EmbeddingModels.MINILM);

        assertEquals(384, embedder.dimension());
        assertTrue(!embedder.loaded(), "loaded before any embedding");
        embedder.embedQuery("etcd");
        assertTrue(embedder.loaded());
    }

    @Test
    void an_unknown_model_name_is_refused_with_the_known_ones() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddingModels.named("gpt"));

        assertTrue(e.getMessage().contains(EmbeddingModels.MINILM), e.getMessage());
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
