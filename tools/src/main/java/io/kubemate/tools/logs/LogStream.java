package io.kubemate.tools.logs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One Loki stream of a {@code streams} result: its labels and its entries. */
public record LogStream(Map<String, String> labels, List<Entry> entries) {

    public LogStream {
        labels = Map.copyOf(labels);
        entries = List.copyOf(entries);
    }

    public record Entry(Instant time, String line) {
    }
}
