package io.kubemate.bot.toolcall;

import io.kubemate.tools.alerts.AlertRow;
import io.kubemate.tools.alerts.AlertSummary;
import io.kubemate.tools.http.CallDeadline;
import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.logs.LogPatterns;
import io.kubemate.tools.logs.LogSummary;
import io.kubemate.tools.metrics.MetricsResult;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.pipeline.DeployFinder;
import io.kubemate.tools.report.Reportable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Gathers, for a diagnosed workload, the firing alerts that name it, its error log patterns of the last 15
 * minutes, its golden metrics and a pipeline run that just deployed its image — each through the read tool of that source, so the
 * caller's namespace grants, budgets and redaction apply exactly as when they ask for it directly. The sources
 * (and the golden metrics among themselves) are asked at once on virtual threads and waited for until the turn's
 * deadline ({@link CallDeadline}); a source that failed or had not answered by then is named in the answer.
 */
@Singleton
final class DiagnosisContext {

    private static final Logger LOG = LoggerFactory.getLogger(DiagnosisContext.class);
    private static final List<String> GOLDEN = List.of("restarts", "error_ratio", "latency_p99");
    private static final int PATTERNS = 3;
    /** Alerts, log patterns and golden metrics are kept per workload; for a Service, claim or node they would not match. */
    private static final Set<ResourceKind> WORKLOAD_KINDS = Set.of(ResourceKind.DEPLOYMENT, ResourceKind.STATEFULSET,
            ResourceKind.DAEMONSET, ResourceKind.CRONJOB, ResourceKind.JOB, ResourceKind.POD);

    private final AlertsListTool alerts;
    private final LogsQueryTool logs;
    private final MetricsQueryTool metrics;
    private final DiagnosisRenderer renderer;
    private final DeployFinder deploys;

    DiagnosisContext(AlertsListTool alerts, LogsQueryTool logs, MetricsQueryTool metrics, DiagnosisRenderer renderer, DeployFinder deploys) {
        this.alerts = alerts;
        this.logs = logs;
        this.metrics = metrics;
        this.renderer = renderer;
        this.deploys = deploys;
    }

    /** What one source gave: a section, nothing to say, or why it was left out. */
    private record Lookup(Optional<DiagnosisWithContext.Section> section, String leftOut) {

        static Lookup of(Optional<DiagnosisWithContext.Section> section) {
            return new Lookup(section, null);
        }

        static Lookup failed(String reason) {
            return new Lookup(Optional.empty(), reason);
        }
    }

    DiagnosisWithContext around(Caller caller, Diagnosis diagnosis) {
        String namespace = diagnosis.target().namespace();
        String workload = diagnosis.target().name();
        if (namespace == null || !WORKLOAD_KINDS.contains(diagnosis.target().kind())) {
            return new DiagnosisWithContext(diagnosis, List.of(), List.of(), renderer);
        }
        Map<String, Callable<Lookup>> sources = new LinkedHashMap<>();
        sources.put("alerts", () -> alertsFor(caller, namespace, workload));
        sources.put("logs", () -> errorPatterns(caller, namespace, workload));
        sources.put("metrics", () -> goldenMetrics(caller, namespace, workload));
        sources.put("deploy", () -> Lookup.of(deploys.recent(caller.subject(), caller, diagnosis.target().kind(), namespace, workload)
                .map(d -> new DiagnosisWithContext.Section("deploy", List.of(d.line()), List.of()))));
        List<DiagnosisWithContext.Section> sections = new ArrayList<>();
        List<DiagnosisWithContext.LeftOut> leftOut = new ArrayList<>();
        Map<String, Lookup> answers = all(sources);
        answers.forEach((key, lookup) -> {
            lookup.section().ifPresent(sections::add);
            if (lookup.leftOut() != null) {
                leftOut.add(new DiagnosisWithContext.LeftOut(key, lookup.leftOut()));
            }
        });
        return new DiagnosisWithContext(diagnosis, sections, leftOut, renderer);
    }

    /** Runs every task at once under the current deadline; one that has not finished by then is left out. */
    private static Map<String, Lookup> all(Map<String, Callable<Lookup>> tasks) {
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Map<String, Future<Lookup>> running = new LinkedHashMap<>();
            tasks.forEach((name, task) -> running.put(name, threads.submit(CallDeadline.carry(task))));
            Map<String, Lookup> answers = new LinkedHashMap<>();
            running.forEach((name, future) -> answers.put(name, await(future)));
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Lookup await(Future<Lookup> future) {
        Optional<Duration> left = CallDeadline.remaining();
        try {
            return left.isPresent() ? future.get(Math.max(0, left.get().toMillis()), TimeUnit.MILLISECONDS) : future.get();
        } catch (TimeoutException e) {
            future.cancel(true);
            return Lookup.failed("no answer before the turn's deadline");
        } catch (ExecutionException e) {
            LOG.warn("a diagnosis source failed: {}", e.getCause().toString());
            return Lookup.failed(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Lookup.failed("interrupted");
        }
    }

    private Lookup alertsFor(Caller caller, String namespace, String workload) {
        Outcome<? extends Reportable> outcome = alerts.run(caller, ToolArgs.of(Map.of("namespace", namespace)));
        return failure(outcome).orElseGet(() -> Lookup.of(ok(outcome, AlertSummary.class).map(summary -> {
            List<AlertRow> mine = summary.rows().stream().filter(row -> names(row, workload)).toList();
            List<String> lines = mine.stream().map(row -> "**" + row.alertname() + "** (" + row.severity() + "), " + row.firing() + " firing"
                    + (row.summary().isEmpty() ? "" : ": " + row.summary())
                    + (row.runbookUrl().isEmpty() ? "" : " [runbook](" + row.runbookUrl() + ")")).toList();
            return new DiagnosisWithContext.Section("alerts", lines,
                    summary.evidence().stream().filter(e -> mine.stream().anyMatch(r -> e.title().startsWith(r.alertname()))).toList(),
                    "no-alerts", List.of(workload));
        })));
    }

    /** An alert is about the workload when one of its label values is the workload or one of its pods. */
    private static boolean names(AlertRow row, String workload) {
        Stream<String> values = Stream.concat(row.common().values().stream(),
                row.differing().values().stream().flatMap(List::stream));
        return values.anyMatch(value -> value.equals(workload) || value.startsWith(workload + "-"));
    }

    private Lookup errorPatterns(Caller caller, String namespace, String workload) {
        Outcome<? extends Reportable> outcome = logs.run(caller, ToolArgs.of(Map.of("namespace", namespace, "workload", workload)));
        return failure(outcome).orElseGet(() -> Lookup.of(ok(outcome, LogSummary.class).flatMap(summary -> {
            List<LogPatterns.LogPattern> errors = summary.patterns().stream().filter(LogPatterns.LogPattern::error)
                    .limit(PATTERNS).toList();
            if (errors.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new DiagnosisWithContext.Section("logs",
                    errors.stream().map(p -> p.count() + "× `" + p.pattern() + "`").toList(), summary.evidence()));
        })));
    }

    private Lookup goldenMetrics(Caller caller, String namespace, String workload) {
        Map<String, Callable<Lookup>> shortcuts = new LinkedHashMap<>();
        List<MetricsResult> results = new ArrayList<>();
        for (String shortcut : GOLDEN) {
            shortcuts.put(shortcut, () -> {
                Outcome<? extends Reportable> outcome = metrics.run(caller, ToolArgs.of(Map.of("namespace", namespace,
                        "workload", workload, "shortcut", shortcut)));
                return failure(outcome).orElseGet(() -> {
                    ok(outcome, MetricsResult.class).filter(r -> !r.headline().isEmpty()).ifPresent(r -> {
                        synchronized (results) {
                            results.add(r);
                        }
                    });
                    return Lookup.of(Optional.empty());
                });
            });
        }
        Map<String, Lookup> answers = all(shortcuts);
        List<String> failed = answers.entrySet().stream().filter(e -> e.getValue().leftOut() != null)
                .map(e -> e.getKey() + " (" + e.getValue().leftOut() + ")").toList();
        List<MetricsResult> ordered;
        synchronized (results) {
            ordered = List.copyOf(results);
        }
        Optional<DiagnosisWithContext.Section> section = ordered.isEmpty() ? Optional.empty()
                : Optional.of(new DiagnosisWithContext.Section("metrics", ordered.stream().map(MetricsResult::headline).toList(),
                ordered.stream().flatMap(r -> r.evidence().stream()).toList()));
        return new Lookup(section, failed.isEmpty() ? null : String.join("; ", failed));
    }

    /** A source that failed (down, slow, out of time) is named; one not configured or not allowed is simply absent. */
    private static Optional<Lookup> failure(Outcome<? extends Reportable> outcome) {
        return outcome instanceof Outcome.Failure<? extends Reportable> f ? Optional.of(Lookup.failed(f.reason())) : Optional.empty();
    }

    private static <T extends Reportable> Optional<T> ok(Outcome<? extends Reportable> outcome, Class<T> type) {
        return outcome instanceof Outcome.Ok<? extends Reportable> found && type.isInstance(found.value())
                ? Optional.of(type.cast(found.value())) : Optional.empty();
    }
}
