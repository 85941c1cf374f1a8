package io.kubemate.knowledge.store;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reciprocal rank fusion: each list adds 1 / (k + rank) to an item's score; k = 60 as in Cormack et al. */
public final class RankFusion {

    private static final int K = 60;

    private RankFusion() {
    }

    /** The ids of all lists, best first, with their fused scores. */
    public static List<Map.Entry<String, Double>> fuse(List<List<String>> rankings, int limit) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (List<String> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                scores.merge(ranking.get(rank), 1.0 / (K + rank + 1), Double::sum);
            }
        }
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }
}
