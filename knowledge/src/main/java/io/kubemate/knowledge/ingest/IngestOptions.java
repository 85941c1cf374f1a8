package io.kubemate.knowledge.ingest;

import java.time.Duration;

/** Limits of one ingest: the largest file, how long a URL may take, the chunk size in characters. */
public record IngestOptions(long maxBytes, Duration fetchTimeout, int chunkChars) {

    public static IngestOptions defaults() {
        return new IngestOptions(50L * 1024 * 1024, Duration.ofSeconds(10), 1200);
    }
}
