package io.kubemate.tools.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The runs of one pipeline in one namespace, newest first, judged at {@code now}: its usual duration (the median of its
 * recent successful runs) and how many of its newest finished runs failed in a row.
 */
public record PipelineHistory(String namespace, String pipeline, List<PipelineRunInfo> runs, Instant now) {

    /** Successful runs the usual duration is taken from, newest first. */
    static final int USUAL_FROM = 10;
    static final int MIN_USUAL = 2;

    public PipelineHistory {
        runs = List.copyOf(runs);
    }

    /** The histories of every pipeline among {@code runs}. */
    public static List<PipelineHistory> of(List<PipelineRunInfo> runs, Instant now) {
        Map<String, List<PipelineRunInfo>> byPipeline = runs.stream().collect(Collectors.groupingBy(PipelineRunInfo::key,
                LinkedHashMap::new, Collectors.toList()));
        return byPipeline.values().stream().map(own -> new PipelineHistory(own.getFirst().namespace(), own.getFirst().pipeline(),
                own.stream().sorted(Comparator.comparing(PipelineRunInfo::started, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                        .toList(), now)).toList();
    }

    public Optional<PipelineRunInfo> newest() {
        return runs.stream().findFirst();
    }

    /** The newest run that has finished (succeeded, failed or cancelled). */
    public Optional<PipelineRunInfo> lastFinished() {
        return runs.stream().filter(r -> r.state().finished()).findFirst();
    }

    /** The median duration of the recent successful runs; empty with fewer than two. */
    public Optional<Duration> usual() {
        List<Duration> durations = runs.stream().filter(r -> r.state() == RunState.SUCCEEDED).limit(USUAL_FROM)
                .map(r -> r.duration(now)).flatMap(Optional::stream).sorted().toList();
        return durations.size() < MIN_USUAL ? Optional.empty() : Optional.of(durations.get(durations.size() / 2));
    }

    /** How many finished runs, newest first, failed before the last one that did not; runs still going are passed over. */
    public int failedInARow() {
        int count = 0;
        for (PipelineRunInfo run : runs) {
            if (!run.state().finished()) {
                continue;
            }
            if (run.state() != RunState.FAILED) {
                break;
            }
            count++;
        }
        return count;
    }

    /** The newest finished run's state is a failure: the pipeline is broken now. */
    public boolean failing() {
        return lastFinished().map(r -> r.state() == RunState.FAILED).orElse(false);
    }
}
