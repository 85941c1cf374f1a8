package io.kubemate.tools.metrics;

import io.kubemate.tools.http.JsonHttp;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Chart;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code metrics_query}: raw PromQL or a named shortcut, checked against the caller's namespaces before it is
 * sent, as an instant query or over a bounded window whose series are summarised instead of listed point by point.
 */
public final class MetricsQuery {

    /** About this many points per series: enough for a trend, few enough to stay cheap. */
    static final int POINTS = 120;
    static final Duration MIN_STEP = Duration.ofSeconds(15);
    /** Prometheus refuses a range query of more than 11,000 points per series. */
    static final long MAX_POINTS = 11_000;
    public static final Duration DEFAULT_MAX_RANGE = Duration.ofDays(7);

    private final MetricShortcuts shortcuts;
    private final Redactor redactor;
    private final Clock clock;
    private final Duration maxRange;

    public MetricsQuery(MetricShortcuts shortcuts, Redactor redactor, Clock clock, Duration maxRange) {
        this.shortcuts = shortcuts;
        this.redactor = redactor;
        this.clock = clock;
        this.maxRange = maxRange == null ? DEFAULT_MAX_RANGE : maxRange;
    }

    public MetricShortcuts shortcuts() {
        return shortcuts;
    }

    public Outcome<MetricsResult> query(PrometheusClient client, NamespaceScope scope, MetricsRequest request, TokenBudget budget) {
        return JsonHttp.then(target(scope, request), target -> run(client, target, request.range(), request.step(), budget));
    }

    /** What to ask Prometheus and how to title it. */
    private record Target(String title, String unit, String promql) {
    }

    private Outcome<Target> target(NamespaceScope scope, MetricsRequest request) {
        if (request.shortcut() != null) {
            Optional<MetricShortcuts.Shortcut> shortcut = shortcuts.get(request.shortcut());
            if (shortcut.isEmpty()) {
                return Outcome.badRequest(Reason.of("metrics.shortcut-unknown", request.shortcut(), String.join(", ", shortcuts.names())));
            }
            if (request.namespace() == null || request.workload() == null) {
                return Outcome.badRequest(Reason.of("metrics.shortcut-needs-workload", request.shortcut()));
            }
            if (!scope.allows(request.namespace())) {
                return Outcome.forbidden(Reason.of("namespace.forbidden", request.namespace()));
            }
            String promql;
            try {
                promql = shortcuts.render(shortcut.get(), request.namespace(), request.workload());
            } catch (IllegalArgumentException e) {
                return Outcome.badRequest(e.getMessage());
            }
            // a shortcuts file is operator data: its queries are held to the person's namespaces like typed PromQL
            return JsonHttp.then(PromqlScope.restrict(promql, scope), scoped -> Outcome.ok(new Target(shortcut.get().title() + " of "
                    + request.namespace() + "/" + request.workload(), shortcut.get().unit(), scoped)));
        }
        if (request.query() != null && !request.query().isBlank()) {
            return JsonHttp.then(PromqlScope.restrict(request.query().strip(), scope), promql -> Outcome.ok(new Target("PromQL", "", promql)));
        }
        return Outcome.badRequest(Reason.of("metrics.query-missing", String.join(", ", shortcuts.names())));
    }

    private Outcome<MetricsResult> run(PrometheusClient client, Target target, Duration range, Duration asked, TokenBudget budget) {
        Instant now = clock.instant();
        if (range == null && asked != null) {
            return Outcome.badRequest(Reason.of("metrics.step-needs-range"));
        }
        if (range == null) {
            return JsonHttp.then(client.instant(target.promql(), now),
                    r -> ok(client, target.title(), target.unit(), target.promql(), null, r, now, budget));
        }
        if (range.isNegative() || range.isZero()) {
            return Outcome.badRequest(Reason.of("range.not-positive"));
        }
        if (range.compareTo(maxRange) > 0) {
            return Outcome.badRequest(Reason.of("metrics.range-too-long", range, maxRange));
        }
        Duration step = asked == null ? range.dividedBy(POINTS) : asked;
        if (asked != null && (asked.toMillis() < 1000 || range.dividedBy(asked) > MAX_POINTS)) {
            return Outcome.badRequest(Reason.of("metrics.step-invalid", asked, MAX_POINTS, range));
        }
        step = asked == null && step.compareTo(MIN_STEP) < 0 ? MIN_STEP : Duration.ofSeconds(step.toSeconds());
        return JsonHttp.then(client.range(target.promql(), now.minus(range), now, step),
                r -> ok(client, target.title(), target.unit(), target.promql(), range, r, now, budget));
    }

    private Outcome<MetricsResult> ok(PrometheusClient client, String title, String unit, String promql, Duration range,
                                      QueryResult result, Instant now, TokenBudget budget) {
        if (result.series().isEmpty()) {
            return Outcome.noData(Reason.of("metrics.no-series", client.name(), promql));
        }
        List<Series> redacted = result.series().stream()
                .map(s -> new Series(s.metric().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, e -> redactor.redact(e.getValue()))), s.samples()))
                .toList();
        List<MetricsResult.Row> rows = redacted.stream()
                .map(s -> new MetricsResult.Row(s.labels(), range == null ? s.samples().getFirst().value() : Double.NaN,
                        range == null ? null : SeriesSummary.of(s)))
                .sorted(Comparator.comparingDouble(MetricsResult.Row::rank).reversed())
                .toList();
        Chart chart = range == null ? null : new Chart(title, unit, rows.stream()
                .map(row -> redacted.stream().filter(s -> s.labels().equals(row.labels())).findFirst().orElseThrow())
                .map(s -> new Chart.Line(s.labels(), s.samples().stream()
                        .map(p -> new Chart.Point(p.time().getEpochSecond(), p.value())).toList()))
                .toList());
        return Outcome.ok(new MetricsResult(client.name(), title, unit, promql, range, rows, result.warnings(), now, budget, chart));
    }
}
