package io.kubemate.bot.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.state.StateStore;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * new → recurring → fixed: compares a run with the previous run of the same cluster and scope (kept in the
 * state store, so every replica sees the same history) and remembers this one for the next.
 */
@Singleton
public final class InspectionLifecycle {

    static final Duration KEEP = Duration.ofDays(30);
    /** Runs kept per cluster, viewer and scope for the findings-over-time chart. */
    static final int RUNS_KEPT = 30;
    private static final TypeReference<Map<String, PastFinding>> PAST = new TypeReference<>() {
    };
    private static final TypeReference<List<RunCount>> RUNS = new TypeReference<>() {
    };

    private final StateStore store;
    private final ObjectMapper json;
    private final Clock clock;

    public InspectionLifecycle(StateStore store, ObjectMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    /**
     * History is kept per viewer: people with different permissions see different findings, and "fixed" must
     * never reveal a finding its viewer could not see.
     */
    public TrackedReport track(String cluster, String viewer, InspectionReport full) {
        List<Finding> ignored = full.findings().stream().filter(f -> store.get(ignoredKey(cluster, f.fingerprint())).isPresent()).toList();
        InspectionReport report = new InspectionReport(full.namespace(),
                full.findings().stream().filter(f -> !ignored.contains(f)).toList());
        String key = "inspect:last:" + cluster + ":" + viewer + ":" + (report.namespace() == null ? "*" : report.namespace());
        Map<String, PastFinding> previous = store.get(key).map(this::read).orElse(null);
        Map<String, FindingStatus> status = new HashMap<>();
        Map<String, PastFinding> current = new LinkedHashMap<>();
        for (Finding finding : full.findings()) {
            store.put(findingKey(cluster, finding.fingerprint()), write(PastFinding.of(finding)), KEEP);
        }
        for (Finding finding : report.findings()) {
            status.put(finding.fingerprint(), previous != null && previous.containsKey(finding.fingerprint())
                    ? FindingStatus.RECURRING : FindingStatus.NEW);
            current.put(finding.fingerprint(), PastFinding.of(finding));
        }
        java.util.Set<String> present = full.findings().stream().map(Finding::fingerprint).collect(java.util.stream.Collectors.toSet());
        List<PastFinding> fixed = previous == null ? List.of() : previous.entrySet().stream()
                .filter(e -> !present.contains(e.getKey())).map(Map.Entry::getValue).toList();
        store.put(key, write(current), KEEP);
        return new TrackedReport(report, status, fixed, previous == null, ignored.size(), remember(key, report));
    }

    /** Appends this run's counts to the scope's history and gives back the last runs, oldest first. */
    private List<RunCount> remember(String scopeKey, InspectionReport report) {
        String key = scopeKey.replaceFirst("^inspect:last:", "inspect:runs:");
        List<RunCount> runs = new java.util.ArrayList<>(store.get(key).map(this::runs).orElse(List.of()));
        runs.add(RunCount.of(clock.instant(), report));
        List<RunCount> kept = List.copyOf(runs.subList(Math.max(0, runs.size() - RUNS_KEPT), runs.size()));
        store.put(key, write(kept), KEEP);
        return kept;
    }

    private List<RunCount> runs(String text) {
        try {
            return json.readValue(text, RUNS);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /** A finding seen in the last 30 days on this cluster, by fingerprint. */
    public java.util.Optional<PastFinding> seen(String cluster, String fingerprint) {
        return store.get(findingKey(cluster, fingerprint)).map(text -> {
            try {
                return json.readValue(text, PastFinding.class);
            } catch (JsonProcessingException e) {
                return null;
            }
        });
    }

    /** From now on the finding is left out of this cluster's reports (and counted as ignored). */
    public void ignore(String cluster, String fingerprint, String note) {
        store.put(ignoredKey(cluster, fingerprint), note, Duration.ofDays(365));
    }

    private static String findingKey(String cluster, String fingerprint) {
        return "inspect:finding:" + cluster + ":" + fingerprint;
    }

    private static String ignoredKey(String cluster, String fingerprint) {
        return "inspect:ignored:" + cluster + ":" + fingerprint;
    }

    private Map<String, PastFinding> read(String text) {
        try {
            return json.readValue(text, PAST);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private String write(Object findings) {
        try {
            return json.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings are always serialisable", e);
        }
    }
}
