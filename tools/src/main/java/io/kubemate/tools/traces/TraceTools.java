package io.kubemate.tools.traces;

import io.kubemate.tools.http.JsonHttp;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.scope.NamespaceScope;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * {@code traces_search} and {@code trace_get}. A trace Jaeger does not have is "not sampled or not found",
 * never reported as healthy. Callers limited to some namespaces see traces that touch one of them, with the
 * spans of other namespaces masked.
 */
public final class TraceTools {

    public static final Duration DEFAULT_LOOKBACK = Duration.ofHours(1);
    static final int SEARCH_LIMIT = 20;

    private final TraceAnalyzer analyzer;
    private final Clock clock;

    public TraceTools(TraceAnalyzer analyzer, Clock clock) {
        this.analyzer = analyzer;
        this.clock = clock;
    }

    public Outcome<TraceSummary> get(JaegerClient client, NamespaceScope scope, String traceId, TokenBudget budget) {
        return JsonHttp.then(client.trace(traceId), found -> {
            if (found.isEmpty() || found.get().spans().isEmpty()) {
                return Outcome.noData(Reason.of("trace.not-found", traceId, client.name()));
            }
            if (!TraceAnalyzer.readable(found.get(), scope)) {
                return Outcome.forbidden(Reason.of("trace.unreadable", traceId));
            }
            return Outcome.ok(analyzer.summarise(client.name(), found.get(), scope, budget));
        });
    }

    public Outcome<TraceList> search(JaegerClient client, NamespaceScope scope, String service, String namespace,
                                     Duration minDuration, Duration lookback, TokenBudget budget) {
        if (service == null || service.isBlank()) {
            return Outcome.badRequest(Reason.of("traces.service-missing"));
        }
        if (namespace != null && !scope.allows(namespace)) {
            return Outcome.forbidden(Reason.of("namespace.forbidden", namespace));
        }
        Instant end = clock.instant();
        Duration window = lookback == null ? DEFAULT_LOOKBACK : lookback;
        return JsonHttp.then(client.search(service, null, minDuration, end.minus(window), end, SEARCH_LIMIT), traces -> {
            List<Trace> readable = traces.stream().filter(t -> TraceAnalyzer.readable(t, scope)).toList();
            if (readable.isEmpty()) {
                return Outcome.noData(Reason.of(minDuration == null ? "traces.none" : "traces.none-slower", service, window.toMinutes(),
                        client.name(), traces.size(), minDuration == null ? 0 : minDuration.toMillis()));
            }
            List<TraceSummary> summaries = readable.stream().map(t -> analyzer.summarise(client.name(), t, scope, budget))
                    .sorted(Comparator.comparing((TraceSummary s) -> s.errors().isEmpty())
                            .thenComparing(Comparator.comparingLong(TraceSummary::totalMicros).reversed()))
                    .toList();
            return Outcome.ok(new TraceList(client.name(), service, summaries, traces.size() - readable.size(), budget));
        });
    }
}
