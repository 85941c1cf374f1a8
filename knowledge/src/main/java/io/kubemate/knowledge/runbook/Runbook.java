package io.kubemate.knowledge.runbook;

import java.util.List;
import java.util.Map;

/** A runbook in the design §5 format: front matter, a title and numbered steps. */
public record Runbook(String id, String title, String lang, List<String> alerts, List<String> tags,
                      List<Step> steps, String source) {

    public Runbook {
        alerts = List.copyOf(alerts);
        tags = List.copyOf(tags);
        steps = List.copyOf(steps);
    }

    /** Every variable any step needs, in the order they first appear. */
    public java.util.Set<String> variables() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        steps.forEach(step -> all.addAll(step.variables()));
        return all;
    }

    /** The front matter keys this record carries, for metadata on indexed chunks. */
    public Map<String, String> metadata() {
        return Map.of("id", id, "title", title, "lang", lang, "alerts", String.join(",", alerts),
                "tags", String.join(",", tags));
    }
}
