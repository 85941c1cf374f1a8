package io.kubemate.tools.traces;

import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The result of {@code trace_get}: total duration, the services crossed, the critical path, the slowest spans by
 * their own (exclusive) time with their share of the total, and the error spans with their messages.
 */
public record TraceSummary(String jaeger, String traceId, Instant start, long totalMicros, int spans, String root,
                           List<String> services, List<Step> criticalPath, List<Step> slowest, List<ErrorSpan> errors,
                           int hiddenSpans, TokenBudget budget) implements Reportable {

    static final int CRITICAL_STEPS = 12;

    /** A span on the critical path or among the slowest: its own time excludes the time of its children. */
    public record Step(String service, String operation, long durationMicros, long selfMicros) {
    }

    public record ErrorSpan(String service, String operation, String message) {
    }

    public TraceSummary {
        services = List.copyOf(services);
        criticalPath = List.copyOf(criticalPath);
        slowest = List.copyOf(slowest);
        errors = List.copyOf(errors);
    }

    @Override
    public String markdown() {
        List<String> head = new ArrayList<>();
        head.add("**Trace `" + traceId + "`**: " + millis(totalMicros) + " total, " + spans + " spans, "
                + errors.size() + " errors, root " + root + " (Jaeger `" + jaeger + "`, started " + start + ")");
        head.add("Services crossed: " + String.join(" → ", services));
        String path = criticalPath.stream().limit(CRITICAL_STEPS)
                .map(s -> s.service() + " " + s.operation() + " (" + millis(s.selfMicros()) + " own)")
                .collect(Collectors.joining(" → "));
        head.add("Critical path: " + path + (criticalPath.size() > CRITICAL_STEPS
                ? " → … (" + (criticalPath.size() - CRITICAL_STEPS) + " more)" : ""));
        if (hiddenSpans > 0) {
            head.add("_(" + hiddenSpans + " spans ran in namespaces you cannot read; their details are hidden)_");
        }
        head.add("");
        List<String> ranked = new ArrayList<>();
        errors.forEach(e -> ranked.add("- ERROR " + e.service() + " " + e.operation() + ": " + e.message()));
        slowest.forEach(s -> ranked.add("- slow " + s.service() + " " + s.operation() + ": " + millis(s.selfMicros())
                + " own of " + millis(s.durationMicros()) + " (" + share(s.selfMicros()) + " of the trace)"));
        return budget.fit(head, ranked, "spans", List.of());
    }

    @Override
    public List<Evidence> evidence() {
        List<String> lines = criticalPath.stream()
                .map(s -> s.service() + " " + s.operation() + " " + millis(s.durationMicros()) + " (own " + millis(s.selfMicros()) + ")")
                .limit(50).toList();
        return List.of(new Evidence("critical path of " + traceId, "jaeger:" + jaeger, lines));
    }

    String share(long micros) {
        return totalMicros == 0 ? "0%" : String.format(Locale.ROOT, "%.0f%%", 100.0 * micros / totalMicros);
    }

    static String millis(long micros) {
        if (micros >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2f s", micros / 1e6);
        }
        return String.format(Locale.ROOT, micros >= 10_000 ? "%.0f ms" : "%.1f ms", micros / 1e3);
    }
}
