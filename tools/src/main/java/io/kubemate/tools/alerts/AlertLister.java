package io.kubemate.tools.alerts;

import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code alerts_list}: the alerts of one Alertmanager grouped by alertname, worst severity first, narrowed to a
 * namespace when asked and always to the namespaces the caller may read. Labels and annotations are redacted.
 */
public final class AlertLister {

    static final Set<String> NOT_DIFFERING = Set.of("alertname", "severity");

    private final Redactor redactor;
    private final Clock clock;

    public AlertLister(Redactor redactor, Clock clock) {
        this.redactor = redactor;
        this.clock = clock;
    }

    public Outcome<AlertSummary> list(AlertmanagerClient client, NamespaceScope scope, String namespace, TokenBudget budget) {
        if (namespace != null && !scope.allows(namespace)) {
            return Outcome.forbidden(Reason.of("namespace.forbidden", namespace));
        }
        List<Matcher> filter = namespace == null ? List.of() : List.of(Matcher.equal("namespace", namespace));
        Outcome<List<Alert>> fetched = client.alerts(filter);
        if (!(fetched instanceof Outcome.Ok<List<Alert>> ok)) {
            return io.kubemate.tools.http.JsonHttp.then(fetched, x -> null);
        }
        List<Alert> visible = ok.value().stream().filter(a -> scope.allows(a.label("namespace"))).toList();
        int hidden = ok.value().size() - visible.size();
        if (visible.isEmpty()) {
            return Outcome.noData(namespace == null ? Reason.of("alerts.none", client.name())
                    : Reason.of("alerts.none-in-namespace", namespace, client.name()));
        }
        Map<String, List<Alert>> byName = visible.stream().collect(Collectors.groupingBy(
                a -> a.labels().getOrDefault("alertname", "(no alertname)"), LinkedHashMap::new, Collectors.toList()));
        List<AlertRow> rows = byName.entrySet().stream().map(e -> row(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((AlertRow r) -> AlertRow.rank(r.severity()))
                        .thenComparing(Comparator.comparingInt(AlertRow::firing).reversed())
                        .thenComparing(AlertRow::since, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return Outcome.ok(new AlertSummary(client.name(), namespace, rows, hidden, clock.instant(), budget));
    }

    private AlertRow row(String alertname, List<Alert> alerts) {
        String severity = alerts.stream().map(a -> a.label("severity")).filter(s -> s != null)
                .min(Comparator.comparingInt(AlertRow::rank)).orElse("none");
        int muted = (int) alerts.stream().filter(a -> a.silenced() || a.inhibited()).count();
        Instant since = alerts.stream().map(Alert::startsAt).filter(s -> s != null).min(Comparator.naturalOrder()).orElse(null);
        Set<String> keys = new TreeSet<>();
        alerts.forEach(a -> keys.addAll(a.labels().keySet()));
        Map<String, List<String>> differing = new TreeMap<>();
        Map<String, String> common = new TreeMap<>();
        for (String key : keys) {
            if (NOT_DIFFERING.contains(key)) {
                continue;
            }
            Set<String> values = new LinkedHashSet<>();
            alerts.forEach(a -> values.add(String.valueOf(a.labels().get(key))));
            List<String> redacted = values.stream().map(redactor::redact).toList();
            if (values.size() == 1 && !values.contains("null")) {
                common.put(key, redacted.getFirst());
            } else {
                differing.put(key, redacted);
            }
        }
        String summary = firstAnnotation(alerts, "summary", "description", "message");
        String runbook = firstAnnotation(alerts, "runbook_url", "runbook");
        List<String> instances = alerts.stream().map(this::instance).toList();
        return new AlertRow(alertname, severity, alerts.size() - muted, muted, since, differing, common,
                summary == null ? "" : redactor.redact(summary), runbook == null ? "" : runbook, instances);
    }

    private String firstAnnotation(List<Alert> alerts, String... names) {
        for (String name : names) {
            for (Alert alert : alerts) {
                String value = alert.annotations().get(name);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
        }
        return null;
    }

    private String instance(Alert alert) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(alert.labels()).forEach((k, v) -> {
            if (!NOT_DIFFERING.contains(k)) {
                parts.add(k + "=" + v);
            }
        });
        String state = alert.silenced() ? " (silenced)" : alert.inhibited() ? " (inhibited)" : "";
        return redactor.redact(String.join(", ", parts)) + " since " + alert.startsAt() + state;
    }
}
