package io.kubemate.knowledge;

/** A chunk found by a search, with its fused score (higher is better). */
public record SearchHit(Chunk chunk, double score) {
}
