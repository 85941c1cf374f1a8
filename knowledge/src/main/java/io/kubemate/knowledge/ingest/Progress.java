package io.kubemate.knowledge.ingest;

import java.time.Duration;

/** Where a long ingest stands: documents done of the total, chunks so far, rate and the estimated time left. */
public record Progress(int done, int total, long chunks, double documentsPerSecond, Duration eta, String current) {

    public String line() {
        return String.format(java.util.Locale.ROOT, "%d/%d documents, %d chunks, %.1f docs/s, ETA %ds — %s",
                done, total, chunks, documentsPerSecond, eta.toSeconds(), current);
    }
}
