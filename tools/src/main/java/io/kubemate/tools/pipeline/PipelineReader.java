package io.kubemate.tools.pipeline;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.KubeCall;
import io.kubemate.tools.kube.KubeNames;
import io.kubemate.tools.kube.ReadPermissions;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code pipelines}: Tekton PipelineRuns read as the person, of a pipeline, a run, a namespace, or all: each pipeline's
 * newest run, its duration against the usual, its failures in a row, and for the newest failed run the TaskRun and step
 * that failed with the tail of that step's log (the TaskRun pod's {@code step-<name>} container, read as the person
 * with {@code logs.read}, redacted). Runs are shown in the namespaces where the person has {@code workloads.read}.
 */
@Singleton
public final class PipelineReader {

    static final int MAX_PIPELINES = 10;
    static final int LOG_TAIL = 20;
    /** Long enough for a registry error with its URL and scope (kaniko's push check is about 400 characters). */
    static final int MAX_LINE = 500;

    private final ClusterAccess cluster;
    private final Redactor redactor;
    private final Clock clock;

    public PipelineReader(ClusterAccess cluster, Redactor redactor, Clock clock) {
        this.cluster = cluster;
        this.redactor = redactor;
        this.clock = clock;
    }

    /**
     * @param target    a pipeline's name, a PipelineRun's name, a namespace, or part of a pipeline's name; null for all
     * @param namespace the namespace to look in, or null for every readable one
     */
    public Outcome<PipelineStatus> status(Subject subject, ReadAccess access, String target, String namespace) {
        // without a namespace, runs are filtered to the readable namespaces rather than refused
        return KubeCall.run("read the Tekton pipeline runs", KubeNames.of("namespace", namespace, "name", target),
                () -> namespace == null ? read(subject, access, target, null)
                        : ReadPermissions.<PipelineStatus>refusal(access, ReadPermissions.WORKLOADS, namespace)
                        .orElseGet(() -> read(subject, access, target, namespace)));
    }

    private Outcome<PipelineStatus> read(Subject subject, ReadAccess access, String target, String namespace) {
        NamespaceScope scope = access.scope(ReadPermissions.WORKLOADS);
        Instant now = clock.instant();
        List<PipelineRunInfo> runs = cluster.as(subject, c -> TektonObjects.pipelineRuns(c, namespace, scope)).stream()
                .filter(r -> scope.allows(r.namespace())).map(this::redacted).toList();
        if (runs.isEmpty() && target == null) {
            return Outcome.noData("no Tekton PipelineRuns (tekton.dev/v1) are visible in namespaces you may read: Tekton may not be installed");
        }
        List<PipelineHistory> all = PipelineHistory.of(runs, now);
        Optional<PipelineRunInfo> namedRun = target == null ? Optional.empty() : runs.stream().filter(r -> r.name().equals(target)).findFirst();
        List<PipelineHistory> chosen = choose(all, namedRun, target);
        if (chosen.isEmpty()) {
            if (target != null && !scope.allows(target) && runs.stream().noneMatch(r -> r.pipeline().contains(target))) {
                return new Outcome.Forbidden<>("your Kubemate roles do not grant " + ReadPermissions.WORKLOADS + " in namespace " + target);
            }
            return Outcome.noData("no Tekton pipeline or PipelineRun is named " + target + " (nor runs in a namespace of that name) among those you may read");
        }
        Optional<PipelineRunInfo> failed = namedRun.filter(r -> r.state() == RunState.FAILED)
                .or(() -> chosen.stream().filter(PipelineHistory::failing).findFirst().flatMap(PipelineHistory::lastFinished));
        PipelineFailure failure = failed.map(r -> cluster.as(subject, c -> why(c, access, r))).orElse(null);
        return Outcome.ok(new PipelineStatus(target, chosen, failure, null, now));
    }

    /** A run's pipeline; else the pipelines of that name, of that namespace, or whose name contains it. Failing first. */
    private static List<PipelineHistory> choose(List<PipelineHistory> all, Optional<PipelineRunInfo> namedRun, String target) {
        List<PipelineHistory> chosen;
        if (target == null) {
            chosen = all;
        } else if (namedRun.isPresent()) {
            chosen = all.stream().filter(p -> p.runs().contains(namedRun.get())).toList();
        } else {
            chosen = all.stream().filter(p -> p.pipeline().equals(target)).toList();
            if (chosen.isEmpty()) {
                chosen = all.stream().filter(p -> p.namespace().equals(target)).toList();
            }
            if (chosen.isEmpty()) {
                chosen = all.stream().filter(p -> p.pipeline().contains(target)).toList();
            }
        }
        return chosen.stream().sorted(Comparator.comparing((PipelineHistory p) -> !p.failing())
                        .thenComparing(p -> p.newest().map(PipelineRunInfo::started).orElse(Instant.EPOCH), Comparator.reverseOrder()))
                .limit(MAX_PIPELINES).toList();
    }

    /** The failed TaskRun of {@code run}, its failed step and that step's log tail, as far as the person may read them. */
    private PipelineFailure why(KubernetesClient client, ReadAccess access, PipelineRunInfo run) {
        List<TaskRunInfo> tasks = TektonObjects.taskRuns(client, run.namespace(), run.name());
        Optional<TaskRunInfo> failedTask = tasks.stream().filter(t -> t.state() == RunState.FAILED)
                .min(Comparator.comparing(t -> t.failedStep().isEmpty()));
        if (failedTask.isEmpty()) {
            return new PipelineFailure(run, null, null, List.of(), "no failed TaskRun of " + run.name() + " is left (pruned?)");
        }
        TaskRunInfo task = redacted(failedTask.get());
        Optional<TaskRunInfo.Step> step = task.failedStep();
        if (step.isEmpty() || task.podName() == null) {
            return new PipelineFailure(run, task, step.orElse(null), List.of(), "Tekton names no failed step");
        }
        if (!access.scope(ReadPermissions.LOGS).allows(run.namespace())) {
            return new PipelineFailure(run, task, step.get(), List.of(), "your Kubemate roles do not grant " + ReadPermissions.LOGS
                    + " in namespace " + run.namespace());
        }
        try {
            String text = client.pods().inNamespace(run.namespace()).withName(task.podName()).inContainer(step.get().container())
                    .tailingLines(LOG_TAIL).getLog();
            List<String> lines = text == null || text.isBlank() ? List.of()
                    : Arrays.stream(text.split("\\R")).map(l -> l.length() > MAX_LINE ? l.substring(0, MAX_LINE) + "…" : l).toList();
            return new PipelineFailure(run, task, step.get(), redactor.redactAll(lines), lines.isEmpty() ? "the step's log is empty" : null);
        } catch (KubernetesClientException e) {
            String note = switch (e.getCode()) {
                case 404 -> "pod " + task.podName() + " is gone (pruned)";
                case 403 -> "the cluster denied reading the log of pod " + task.podName() + " for your identity";
                default -> "the log of pod " + task.podName() + " could not be read (HTTP " + e.getCode() + ")";
            };
            return new PipelineFailure(run, task, step.get(), List.of(), note);
        }
    }

    private PipelineRunInfo redacted(PipelineRunInfo r) {
        return r.message() == null ? r : new PipelineRunInfo(r.namespace(), r.name(), r.pipeline(), r.state(), r.reason(),
                redactor.redact(r.message()), r.started(), r.completed(), r.values());
    }

    private TaskRunInfo redacted(TaskRunInfo t) {
        return t.message() == null ? t : new TaskRunInfo(t.namespace(), t.name(), t.pipelineTask(), t.podName(), t.state(), t.reason(),
                redactor.redact(t.message()), t.steps());
    }
}
