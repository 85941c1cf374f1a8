package io.kubemate.tools.alerts;

import java.util.List;
import java.util.Map;

/** One entry of {@code GET /api/v2/alerts/groups}: the group's labels, its receiver and its alerts. */
public record AlertGroup(Map<String, String> labels, Receiver receiver, List<Alert> alerts) {

    public AlertGroup {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    public record Receiver(String name) {
    }
}
