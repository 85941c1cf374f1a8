package io.kubemate.tools.metrics;

import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Chart;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The result of {@code metrics_query}: one row per series, highest value first; range series summarised. */
public record MetricsResult(String prometheus, String title, String unit, String promql, Duration range, List<Row> rows,
                            List<String> warnings, Instant now, TokenBudget budget, Chart plot) implements Reportable {

    /** An instant value, or the summary of a range series. */
    public record Row(String labels, double value, SeriesSummary summary) {

        double rank() {
            double v = summary == null ? value : summary.last();
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }
    }

    public MetricsResult {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** A range result is also a chart of its first series over the window; an instant one is not. */
    @Override
    public Optional<Chart> chart() {
        return Optional.ofNullable(plot);
    }

    @Override
    public String markdown() {
        String window = range == null ? "now" : "last " + Ages.of(range);
        String heading = "**" + title + "** (" + window + ", " + rows.size() + " series, Prometheus `" + prometheus + "`)\n`"
                + promql + "`";
        MarkdownTable table;
        if (range == null) {
            table = new MarkdownTable("SERIES", "VALUE");
            rows.forEach(r -> table.row(r.labels(), Units.format(r.value(), unit)));
        } else {
            table = new MarkdownTable("SERIES", "LAST", "MIN", "MAX", "MEDIAN", "TREND", "ABOVE MEDIAN SINCE");
            rows.forEach(r -> {
                SeriesSummary s = r.summary();
                table.row(r.labels(), Units.format(s.last(), unit), Units.format(s.min(), unit), Units.format(s.max(), unit),
                        Units.format(s.median(), unit), s.trend().name().toLowerCase(java.util.Locale.ROOT),
                        s.risingSince() == null ? "" : s.risingSince() + " (" + Ages.of(Duration.between(s.risingSince(), now)) + " ago)");
            });
        }
        String footer = warnings.isEmpty() ? "" : "Warnings from Prometheus: " + String.join("; ", warnings);
        return budget.fitTable(heading + "\n", table.render(), "series", footer);
    }

    /** The first series' value in a few words, e.g. {@code Restarts (1h): 14}; empty when there is no series. */
    public String headline() {
        if (rows.isEmpty()) {
            return "";
        }
        Row top = rows.getFirst();
        double value = top.summary() == null ? top.value() : top.summary().last();
        return title + ": " + Units.format(value, unit) + (rows.size() > 1 ? " (highest of " + rows.size() + " series)" : "");
    }

    @Override
    public List<Evidence> evidence() {
        List<String> lines = new ArrayList<>();
        lines.add(promql);
        lines.add(range == null ? "at " + now : "from " + now.minus(range) + " to " + now);
        return List.of(new Evidence(title, "prometheus:" + prometheus, lines));
    }
}
