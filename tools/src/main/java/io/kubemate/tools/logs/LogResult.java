package io.kubemate.tools.logs;

import io.kubemate.tools.scope.NamespaceScope;

import java.util.List;

/** What {@code query_range} returned: the streams and the bytes Loki says it processed (0 when not reported). */
public record LogResult(List<LogStream> streams, long bytesProcessed) {

    public LogResult {
        streams = List.copyOf(streams);
    }

    /**
     * Only the streams whose {@code namespace} label {@code scope} may read (a stream without one only for a reader of
     * every namespace): what the query asked is not trusted to be what the backend answered.
     */
    public LogResult readableBy(NamespaceScope scope) {
        return new LogResult(streams.stream().filter(s -> scope.allows(s.labels().get("namespace"))).toList(), bytesProcessed);
    }

    public int lines() {
        return streams.stream().mapToInt(s -> s.entries().size()).sum();
    }
}
