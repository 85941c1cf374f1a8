package io.kubemate.knowledge.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What one ingest did, per document: added, updated (old chunks replaced), unchanged (same content hash),
 * removed (deleted from the folder since the last ingest) and skipped with a reason.
 */
public record IngestSummary(List<String> added, List<String> updated, List<String> unchanged, List<String> removed,
                            List<Skipped> skipped, long chunks, Duration elapsed, Duration embedding) {

    public IngestSummary {
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        skipped = List.copyOf(skipped);
    }

    public static IngestSummary empty() {
        return new IngestSummary(List.of(), List.of(), List.of(), List.of(), List.of(), 0, Duration.ZERO, Duration.ZERO);
    }

    public record Skipped(String source, String reason) {
    }

    public String line() {
        return String.format(java.util.Locale.ROOT,
                "%d added, %d updated, %d unchanged, %d removed, %d skipped; %d chunks in %.1fs",
                added.size(), updated.size(), unchanged.size(), removed.size(), skipped.size(), chunks,
                elapsed.toMillis() / 1000.0);
    }
}
