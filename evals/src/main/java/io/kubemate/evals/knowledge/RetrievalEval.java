package io.kubemate.evals.knowledge;

import io.kubemate.knowledge.Chunk;
import io.kubemate.knowledge.SearchHit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Scores a search function on the eval questions: a question is found when one of its top {@code k} chunks
 * belongs to an expected document (runbook {@code id} from the front matter, else the file name without
 * extension); the reciprocal rank is that of the first such chunk.
 */
public final class RetrievalEval {

    private RetrievalEval() {
    }

    /** Scores per language and overall ("all"). {@code search} answers (question, k). */
    public static Map<String, RetrievalScore> score(List<RetrievalQuestion> questions, int k,
                                                    BiFunction<String, Integer, List<SearchHit>> search,
                                                    List<String> misses) {
        Map<String, List<double[]>> byGroup = new LinkedHashMap<>();
        for (RetrievalQuestion question : questions) {
            List<SearchHit> hits = search.apply(question.q(), k);
            int rank = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (question.expect().contains(documentId(hits.get(i).chunk()))) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank == 0) {
                misses.add(question.lang() + ": " + question.q() + " → "
                        + hits.stream().limit(3).map(h -> documentId(h.chunk())).toList());
            }
            double[] result = {rank > 0 ? 1 : 0, rank > 0 ? 1.0 / rank : 0};
            byGroup.computeIfAbsent(question.lang(), g -> new ArrayList<>()).add(result);
            byGroup.computeIfAbsent("all", g -> new ArrayList<>()).add(result);
        }
        Map<String, RetrievalScore> scores = new LinkedHashMap<>();
        byGroup.forEach((group, results) -> scores.put(group, new RetrievalScore(group, results.size(),
                results.stream().mapToDouble(r -> r[0]).average().orElse(0),
                results.stream().mapToDouble(r -> r[1]).average().orElse(0))));
        return scores;
    }

    public static String documentId(Chunk chunk) {
        String id = chunk.metadata().get("id");
        if (id != null && !id.isBlank()) {
            return id;
        }
        String source = chunk.source();
        String name = source.substring(source.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
