package io.kubemate.tools.traces;

import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;

import java.util.List;

/** The result of {@code traces_search}: traces with errors first, then the slowest. */
public record TraceList(String jaeger, String service, List<TraceSummary> traces, int hidden, TokenBudget budget)
        implements Reportable {

    public TraceList {
        traces = List.copyOf(traces);
    }

    @Override
    public String markdown() {
        String heading = "**" + traces.size() + " traces of `" + service + "`** (Jaeger `" + jaeger + "`), errors first, then the slowest";
        MarkdownTable table = new MarkdownTable("TRACE", "ROOT", "DURATION", "SPANS", "ERRORS", "SLOWEST SPAN", "SERVICES");
        traces.forEach(t -> table.row(t.traceId(), t.root(), TraceSummary.millis(t.totalMicros()), String.valueOf(t.spans()),
                String.valueOf(t.errors().size()),
                t.slowest().isEmpty() ? "" : t.slowest().getFirst().service() + " " + t.slowest().getFirst().operation()
                        + " (" + t.share(t.slowest().getFirst().selfMicros()) + ")",
                String.join(", ", t.services())));
        String footer = hidden > 0 ? "_(" + hidden + " traces only in namespaces you cannot read are not shown)_" : "";
        return budget.fitTable(heading + "\n", table.render(), "traces", footer);
    }

    @Override
    public List<Evidence> evidence() {
        return List.of();
    }
}
