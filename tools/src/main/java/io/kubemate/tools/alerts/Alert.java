package io.kubemate.tools.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An alert as Alertmanager API v2 returns it ({@code gettableAlert}). */
public record Alert(Map<String, String> labels, Map<String, String> annotations, Instant startsAt, Instant endsAt,
                    String fingerprint, Status status, String generatorURL) {

    public Alert {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    }

    /** {@code state} is active, suppressed or unprocessed. */
    public record Status(String state, List<String> silencedBy, List<String> inhibitedBy) {

        public Status {
            silencedBy = silencedBy == null ? List.of() : List.copyOf(silencedBy);
            inhibitedBy = inhibitedBy == null ? List.of() : List.copyOf(inhibitedBy);
        }
    }

    public String label(String name) {
        return labels.get(name);
    }

    public boolean silenced() {
        return status != null && !status.silencedBy().isEmpty();
    }

    public boolean inhibited() {
        return status != null && !status.inhibitedBy().isEmpty();
    }
}
