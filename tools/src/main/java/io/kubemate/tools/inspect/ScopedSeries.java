package io.kubemate.tools.inspect;

import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.metrics.PromqlScope;
import io.kubemate.tools.metrics.QueryResult;
import io.kubemate.tools.metrics.Series;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.scope.NamespaceScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Instant queries about pods, limited to the inspected namespace the way a person's own queries are
 * ({@link PromqlScope}): a series outside it or without {@code namespace} and {@code pod} labels is dropped, and
 * the first failing query is kept for an info finding.
 */
final class ScopedSeries {

    private final PrometheusClient prometheus;
    private final InspectionScope scope;
    private final List<String> failures = new ArrayList<>();

    ScopedSeries(PrometheusClient prometheus, InspectionScope scope) {
        this.prometheus = prometheus;
        this.scope = scope;
    }

    List<Series> of(String promql) {
        String ns = scope.namespace();
        Outcome<String> scoped = ns == null ? Outcome.ok(promql) : PromqlScope.restrict(promql, NamespaceScope.only(Set.of(ns)));
        if (!(scoped instanceof Outcome.Ok<String> ok)) {
            failures.add("cannot limit the query to namespace " + ns);
            return List.of();
        }
        return switch (prometheus.instant(ok.value(), scope.now())) {
            case Outcome.Ok<QueryResult> result -> result.value().series().stream()
                    .filter(s -> !s.samples().isEmpty() && !Double.isNaN(s.samples().getLast().value()))
                    .filter(s -> s.metric().containsKey("namespace") && s.metric().containsKey("pod"))
                    .filter(s -> ns == null || ns.equals(s.metric().get("namespace")))
                    .toList();
            case Outcome.NoData<QueryResult> none -> List.of();
            case Outcome.Forbidden<QueryResult> denied -> {
                failures.add(denied.reason());
                yield List.of();
            }
            case Outcome.Failure<QueryResult> failed -> {
                failures.add(failed.reason());
                yield List.of();
            }
        };
    }

    Optional<String> failure() {
        return failures.stream().findFirst();
    }
}
