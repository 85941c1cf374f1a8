package io.kubemate.tools.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One series of a Prometheus result: its labels and its samples (one for an instant query). */
public record Series(Map<String, String> metric, List<Sample> samples) {

    public Series {
        metric = Map.copyOf(metric);
        samples = List.copyOf(samples);
    }

    /** {@code {namespace="a", pod="b"}}, or {@code {}} for an aggregate without labels. */
    public String labels() {
        return new TreeMap<>(metric).entrySet().stream().filter(e -> !e.getKey().equals("__name__"))
                .map(e -> e.getKey() + "=\"" + e.getValue() + "\"").collect(Collectors.joining(", ", "{", "}"));
    }
}
