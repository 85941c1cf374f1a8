package io.kubemate.knowledge.store;

import io.kubemate.knowledge.Chunk;

/** A chunk with its vector, ready to store. */
public record EmbeddedChunk(Chunk chunk, float[] vector) {
}
