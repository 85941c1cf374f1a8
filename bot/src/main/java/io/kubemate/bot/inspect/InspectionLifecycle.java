package io.kubemate.bot.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.state.StateStore;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.InspectionReport;
import jakarta.inject.Singleton;

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
    private static final TypeReference<Map<String, PastFinding>> PAST = new TypeReference<>() {
    };

    private final StateStore store;
    private final ObjectMapper json;

    public InspectionLifecycle(StateStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /**
     * History is kept per viewer: people with different permissions see different findings, and "fixed" must
     * never reveal a finding its viewer could not see.
     */
    public TrackedReport track(String cluster, String viewer, InspectionReport report) {
        String key = "inspect:last:" + cluster + ":" + viewer + ":" + (report.namespace() == null ? "*" : report.namespace());
        Map<String, PastFinding> previous = store.get(key).map(this::read).orElse(null);
        Map<String, FindingStatus> status = new HashMap<>();
        Map<String, PastFinding> current = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            status.put(finding.fingerprint(), previous != null && previous.containsKey(finding.fingerprint())
                    ? FindingStatus.RECURRING : FindingStatus.NEW);
            current.put(finding.fingerprint(), PastFinding.of(finding));
        }
        List<PastFinding> fixed = previous == null ? List.of() : previous.entrySet().stream()
                .filter(e -> !current.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        store.put(key, write(current), KEEP);
        return new TrackedReport(report, status, fixed, previous == null);
    }

    private Map<String, PastFinding> read(String text) {
        try {
            return json.readValue(text, PAST);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private String write(Map<String, PastFinding> findings) {
        try {
            return json.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings are always serialisable", e);
        }
    }
}
