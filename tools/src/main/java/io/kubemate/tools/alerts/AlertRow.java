package io.kubemate.tools.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * All alerts of one alertname: how many fire and how many are silenced or inhibited, the worst severity, the
 * oldest start, the labels whose values differ between them (with those values), the labels they share, and
 * the summary and runbook annotations.
 */
public record AlertRow(String alertname, String severity, int firing, int muted, Instant since,
                       Map<String, List<String>> differing, Map<String, String> common, String summary,
                       String runbookUrl, List<String> instances) {

    public AlertRow {
        differing = Map.copyOf(differing);
        common = Map.copyOf(common);
        instances = List.copyOf(instances);
    }

    static int rank(String severity) {
        return switch (severity == null ? "" : severity.toLowerCase(java.util.Locale.ROOT)) {
            case "critical", "page", "p1" -> 0;
            case "error", "high", "major", "p2" -> 1;
            case "warning", "warn", "medium", "p3" -> 2;
            case "info", "low", "minor", "p4" -> 3;
            default -> 4;
        };
    }
}
