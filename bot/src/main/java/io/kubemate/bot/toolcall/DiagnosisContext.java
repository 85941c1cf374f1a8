package io.kubemate.bot.toolcall;

import io.kubemate.tools.alerts.AlertRow;
import io.kubemate.tools.alerts.AlertSummary;
import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.logs.LogPatterns;
import io.kubemate.tools.logs.LogSummary;
import io.kubemate.tools.metrics.MetricsResult;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import java.util.stream.Stream;

/**
 * Gathers, for a diagnosed workload, the firing alerts that name it, its error log patterns of the last 15
 * minutes, its golden metrics and the runbook that matches — each through the read tool of that source, so the
 * caller's namespace grants, budgets and redaction apply exactly as when they ask for it directly.
 */
@Singleton
final class DiagnosisContext {

    private static final Logger LOG = LoggerFactory.getLogger(DiagnosisContext.class);
    private static final List<String> GOLDEN = List.of("restarts", "error_ratio", "latency_p99");
    private static final int PATTERNS = 3;

    private final AlertsListTool alerts;
    private final LogsQueryTool logs;
    private final MetricsQueryTool metrics;
    private final RunbookSearchTool runbooks;

    DiagnosisContext(AlertsListTool alerts, LogsQueryTool logs, MetricsQueryTool metrics, RunbookSearchTool runbooks) {
        this.alerts = alerts;
        this.logs = logs;
        this.metrics = metrics;
        this.runbooks = runbooks;
    }

    /** The sources are asked at once, each bounded by its own backend timeout. */
    DiagnosisWithContext around(Caller caller, Diagnosis diagnosis) {
        String namespace = diagnosis.target().namespace();
        String workload = diagnosis.target().name();
        List<Callable<Optional<DiagnosisWithContext.Section>>> lookups = List.of(
                () -> alertsFor(caller, namespace, workload),
                () -> errorPatterns(caller, namespace, workload),
                () -> goldenMetrics(caller, namespace, workload),
                () -> runbook(caller, diagnosis));
        List<DiagnosisWithContext.Section> sections = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Optional<DiagnosisWithContext.Section>>> running = lookups.stream().map(lookup -> threads.submit(lookup)).toList();
            for (Future<Optional<DiagnosisWithContext.Section>> lookup : running) {
                section(lookup).ifPresent(sections::add);
            }
        }
        return new DiagnosisWithContext(diagnosis, sections);
    }

    /** A source that fails leaves its section out; the diagnosis from the cluster still answers. */
    private static Optional<DiagnosisWithContext.Section> section(Future<Optional<DiagnosisWithContext.Section>> lookup) {
        try {
            return lookup.get();
        } catch (ExecutionException e) {
            LOG.warn("a diagnosis source failed: {}", e.getCause().toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<DiagnosisWithContext.Section> alertsFor(Caller caller, String namespace, String workload) {
        return ok(alerts.run(caller, ToolArgs.of(Map.of("namespace", namespace))), AlertSummary.class).map(summary -> {
            List<AlertRow> mine = summary.rows().stream().filter(row -> names(row, workload)).toList();
            List<String> lines = mine.isEmpty() ? List.of("none firing for " + workload)
                    : mine.stream().map(row -> "**" + row.alertname() + "** (" + row.severity() + "), " + row.firing() + " firing"
                    + (row.summary().isEmpty() ? "" : ": " + row.summary())
                    + (row.runbookUrl().isEmpty() ? "" : " [runbook](" + row.runbookUrl() + ")")).toList();
            return new DiagnosisWithContext.Section("Alerts", lines,
                    summary.evidence().stream().filter(e -> mine.stream().anyMatch(r -> e.title().startsWith(r.alertname()))).toList());
        });
    }

    /** An alert is about the workload when one of its label values is the workload or one of its pods. */
    private static boolean names(AlertRow row, String workload) {
        Stream<String> values = Stream.concat(row.common().values().stream(),
                row.differing().values().stream().flatMap(List::stream));
        return values.anyMatch(value -> value.equals(workload) || value.startsWith(workload + "-"));
    }

    private Optional<DiagnosisWithContext.Section> errorPatterns(Caller caller, String namespace, String workload) {
        return ok(logs.run(caller, ToolArgs.of(Map.of("namespace", namespace, "workload", workload))), LogSummary.class)
                .flatMap(summary -> {
                    List<LogPatterns.LogPattern> errors = summary.patterns().stream().filter(LogPatterns.LogPattern::error)
                            .limit(PATTERNS).toList();
                    if (errors.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new DiagnosisWithContext.Section("Error log patterns (Loki, last 15 minutes)",
                            errors.stream().map(p -> p.count() + "× `" + p.pattern() + "`").toList(), summary.evidence()));
                });
    }

    private Optional<DiagnosisWithContext.Section> goldenMetrics(Caller caller, String namespace, String workload) {
        List<MetricsResult> results = GOLDEN.stream()
                .flatMap(shortcut -> ok(metrics.run(caller, ToolArgs.of(Map.of("namespace", namespace, "workload", workload,
                        "shortcut", shortcut))), MetricsResult.class).stream())
                .filter(result -> !result.headline().isEmpty())
                .toList();
        if (results.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DiagnosisWithContext.Section("Golden metrics", results.stream().map(MetricsResult::headline).toList(),
                results.stream().flatMap(r -> r.evidence().stream()).toList()));
    }

    private Optional<DiagnosisWithContext.Section> runbook(Caller caller, Diagnosis diagnosis) {
        String query = diagnosis.runbook() != null ? diagnosis.runbook()
                : diagnosis.causes().isEmpty() ? null : diagnosis.causes().getFirst();
        if (query == null) {
            return Optional.empty();
        }
        return ok(runbooks.run(caller, ToolArgs.of(Map.of("query", query))), RunbookAnswer.class)
                .filter(answer -> !answer.hits().isEmpty())
                .map(answer -> {
                    RunbookAnswer.Hit hit = answer.hits().getFirst();
                    return new DiagnosisWithContext.Section("Runbook",
                            List.of("**" + hit.heading() + "** — `" + hit.source() + "`"), List.of());
                });
    }

    private static <T extends Reportable> Optional<T> ok(Outcome<? extends Reportable> outcome, Class<T> type) {
        return outcome instanceof Outcome.Ok<? extends Reportable> found && type.isInstance(found.value())
                ? Optional.of(type.cast(found.value())) : Optional.empty();
    }
}
