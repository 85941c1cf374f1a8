package io.kubemate.tools.logs;

import java.util.List;

/** What {@code query_range} returned: the streams and the bytes Loki says it processed (0 when not reported). */
public record LogResult(List<LogStream> streams, long bytesProcessed) {

    public LogResult {
        streams = List.copyOf(streams);
    }

    public int lines() {
        return streams.stream().mapToInt(s -> s.entries().size()).sum();
    }
}
