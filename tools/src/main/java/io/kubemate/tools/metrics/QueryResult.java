package io.kubemate.tools.metrics;

import java.util.List;

/** The {@code data} of a Prometheus query answer: vector, matrix or scalar, with the server's warnings. */
public record QueryResult(String resultType, List<Series> series, List<String> warnings) {

    public QueryResult {
        series = List.copyOf(series);
        warnings = List.copyOf(warnings);
    }
}
