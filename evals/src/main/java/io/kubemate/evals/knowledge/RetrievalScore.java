package io.kubemate.evals.knowledge;

/** Recall@k and mean reciprocal rank over a group of questions. */
public record RetrievalScore(String group, int questions, double recall, double mrr) {

    public String row() {
        return String.format(java.util.Locale.ROOT, "| %s | %d | %.3f | %.3f |", group, questions, recall, mrr);
    }
}
