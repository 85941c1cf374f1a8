package io.kubemate.evals.knowledge;

import io.kubemate.knowledge.KnowledgeBase;
import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.knowledge.embed.EmbeddingModels;
import io.kubemate.knowledge.ingest.IngestOptions;
import io.kubemate.knowledge.store.LuceneStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guards retrieval quality: the default model with hybrid search must keep recall@5 on
 * {@code evals/knowledge/questions.yaml} at or above the floors recorded in evals/RESULTS.md.
 */
class RetrievalRecallTest {

    /** The target; measured 1.000 overall (RESULTS.md, knowledge base). */
    private static final double RECALL_FLOOR = 0.90;
    /** Per language (zh, en, mixed), where groups are small. */
    private static final double LANGUAGE_FLOOR = 0.80;

    private static final Path ROOT = Path.of("..");

    @TempDir
    Path index;

    @Test
    void default_model_keeps_recall_at_5_above_the_recorded_floor() throws Exception {
        List<RetrievalQuestion> questions = RetrievalQuestion.load(ROOT.resolve("evals/knowledge/questions.yaml"));
        Embedder embedder = EmbeddingModels.named(EmbeddingModels.DEFAULT);
        List<String> misses = new ArrayList<>();
        Map<String, RetrievalScore> scores;
        try (KnowledgeBase kb = new KnowledgeBase(LuceneStore.open(index, embedder.name(), embedder.dimension()), embedder,
                IngestOptions.defaults())) {
            for (Path folder : EvalCorpus.folders(ROOT)) {
                assertEquals(List.of(), kb.ingestFolder(folder, folder.toAbsolutePath().normalize().toString(), p -> { }).skipped());
            }
            scores = RetrievalEval.score(questions, 5, kb::search, misses);
        }

        assertTrue(questions.size() >= 20, "the eval set shrank to " + questions.size());
        assertTrue(scores.get("all").recall() >= RECALL_FLOOR, scores + "\nmisses:\n" + String.join("\n", misses));
        for (String lang : List.of("zh", "en", "mixed")) {
            assertTrue(scores.get(lang).recall() >= LANGUAGE_FLOOR, lang + ": " + scores.get(lang) + "\nmisses:\n" + String.join("\n", misses));
        }
    }
}
