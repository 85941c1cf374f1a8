package io.kubemate.tools.logs;

import io.kubemate.tools.report.Ages;
import io.kubemate.tools.report.Evidence;
import io.kubemate.tools.report.MarkdownTable;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import io.kubemate.tools.report.Untrusted;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The result of {@code logs_query}: line patterns with counts, error-like ones first, and raw examples as evidence. */
public record LogSummary(String loki, String logql, Duration since, int lines, boolean limitReached,
                         List<LogPatterns.LogPattern> patterns, long bytesProcessed, Instant now, TokenBudget budget)
        implements Reportable {

    public LogSummary {
        patterns = List.copyOf(patterns);
    }

    @Override
    public String markdown() {
        String heading = "**" + lines + " log lines in " + patterns.size() + " patterns** (last " + Ages.of(since)
                + ", Loki `" + loki + "`" + (limitReached ? ", line limit reached: the newest lines only" : "") + ")\n`" + logql + "`";
        MarkdownTable table = new MarkdownTable("COUNT", "FIRST", "LAST", "PATTERN");
        patterns.forEach(p -> table.row(String.valueOf(p.count()), ago(p.firstSeen()), ago(p.lastSeen()), Untrusted.code(p.pattern())));
        return budget.fitTable(heading + "\n", table.render(), "patterns", "");
    }

    @Override
    public List<Evidence> evidence() {
        return patterns.stream().limit(10)
                .map(p -> new Evidence(p.count() + "× " + p.pattern(), "loki:" + loki, p.examples()))
                .toList();
    }

    private String ago(Instant t) {
        return t == null ? "?" : Ages.of(Duration.between(t, now)) + " ago";
    }
}
