package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.kube.PodStatus;
import io.kubemate.tools.outcome.Reason;
import io.kubemate.tools.redact.Redactor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pods that cannot be scheduled or started, crash-loop, were OOM-killed or evicted, exited with an error, or
 * run without being ready.
 */
@Singleton
public final class PodInspection implements Inspection {

    static final Set<String> IMAGE_REASONS = Set.of("ImagePullBackOff", "ErrImagePull", "InvalidImageName", "ErrImageNeverPull");
    static final Set<String> CONFIG_REASONS = Set.of("CreateContainerConfigError", "CreateContainerError", "RunContainerError");
    static final Set<String> NORMAL_WAITING = Set.of("ContainerCreating", "PodInitializing");
    static final Set<String> SANDBOX_EVENTS = Set.of("FailedMount", "FailedAttachVolume", "FailedCreatePodSandBox");

    private final Redactor redactor;

    public PodInspection(Redactor redactor) {
        this.redactor = redactor;
    }

    @Override
    public String id() {
        return "pod";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        Map<String, List<Event>> eventsByPod = scope.events().stream()
                .filter(e -> e.getInvolvedObject() != null && "Pod".equals(e.getInvolvedObject().getKind()))
                .collect(Collectors.groupingBy(e -> e.getMetadata().getNamespace() + "/" + e.getInvolvedObject().getName()));
        return PerObject.check(id(), scope.pods(), pod -> inspect(pod,
                eventsByPod.getOrDefault(pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName(), List.of())));
    }

    /** The findings for one pod given its events, for callers that look at a single workload. */
    public List<Finding> inspect(Pod pod, List<Event> events) {
        List<Finding> findings = new ArrayList<>();
        podLevel(pod, events).ifPresent(findings::add);
        initStatuses(pod).stream().map(status -> initFinding(pod, status)).flatMap(Optional::stream).findFirst().ifPresent(findings::add);
        PodStatus.containerStatuses(pod).forEach(status -> containerFinding(pod, status, events).ifPresent(findings::add));
        if (findings.isEmpty()) {
            notReady(pod, events).ifPresent(findings::add);
        }
        if (findings.isEmpty()) {
            livenessRestarts(pod, events).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> podLevel(Pod pod, List<Event> events) {
        if ("Evicted".equals(pod.getStatus().getReason())) {
            return Optional.of(finding(pod, Severity.WARNING, "pod-evicted", Reason.of("finding.pod-evicted"),
                    List.of(redactor.redact(String.valueOf(pod.getStatus().getMessage()))), RunbookIds.EVICTED));
        }
        if (!"Pending".equals(pod.getStatus().getPhase())) {
            return Optional.empty();
        }
        var scheduled = PodStatus.condition(pod, "PodScheduled").filter(c -> "False".equals(c.getStatus()));
        if (scheduled.isPresent() && "Unschedulable".equals(scheduled.get().getReason())) {
            return Optional.of(finding(pod, Severity.CRITICAL, "pod-unschedulable", Reason.of("finding.pod-unschedulable"),
                    List.of("scheduler: " + scheduled.get().getMessage()), RunbookIds.POD_PENDING));
        }
        if (scheduled.isPresent() && "SchedulingGated".equals(scheduled.get().getReason())) {
            return Optional.of(finding(pod, Severity.WARNING, "pod-scheduling-gated",
                    Reason.of("finding.pod-scheduling-gated", pod.getSpec().getSchedulingGates()), List.of(String.valueOf(scheduled.get().getMessage())), RunbookIds.POD_PENDING));
        }
        List<String> sandbox = events.stream().filter(e -> "Warning".equals(e.getType()) && SANDBOX_EVENTS.contains(e.getReason()))
                .map(e -> e.getReason() + ": " + redactor.redact(e.getMessage())).toList();
        boolean creating = PodStatus.containerStatuses(pod).isEmpty() || PodStatus.containerStatuses(pod).stream()
                .anyMatch(s -> s.getState() != null && s.getState().getWaiting() != null
                        && "ContainerCreating".equals(s.getState().getWaiting().getReason()));
        if (creating && !sandbox.isEmpty()) {
            return Optional.of(finding(pod, Severity.CRITICAL, "pod-container-creating",
                    Reason.of("finding.pod-container-creating", sandbox.getFirst().substring(0, sandbox.getFirst().indexOf(':'))), sandbox,
                    RunbookIds.PVC_MOUNT));
        }
        return Optional.empty();
    }

    private Optional<Finding> containerFinding(Pod pod, ContainerStatus status, List<Event> events) {
        String waiting = status.getState() != null && status.getState().getWaiting() != null
                ? status.getState().getWaiting().getReason() : null;
        String waitingMessage = waiting == null ? null : status.getState().getWaiting().getMessage();
        int restarts = status.getRestartCount() == null ? 0 : status.getRestartCount();
        ContainerStateTerminated last = status.getLastState() == null ? null : status.getLastState().getTerminated();
        ContainerStateTerminated now = status.getState() == null ? null : status.getState().getTerminated();

        if ("CrashLoopBackOff".equals(waiting)) {
            List<String> evidence = new ArrayList<>();
            evidence.add("container " + status.getName() + ": waiting CrashLoopBackOff, " + restarts + " restarts");
            if (last != null) {
                evidence.add("last termination: " + termination(last));
            }
            return Optional.of(finding(pod, Severity.CRITICAL, "pod-crashloop",
                    last == null ? Reason.of("finding.pod-crashloop", status.getName())
                            : Reason.of("finding.pod-crashloop.last", status.getName(), termination(last)), evidence, RunbookIds.CRASHLOOP));
        }
        if (waiting != null && IMAGE_REASONS.contains(waiting)) {
            return Optional.of(finding(pod, Severity.CRITICAL, "pod-image",
                    Reason.of("finding.pod-image", waiting, status.getImage(), status.getName()),
                    messageEvidence(status.getName(), waiting, waitingMessage), RunbookIds.POD_PENDING));
        }
        if (waiting != null && CONFIG_REASONS.contains(waiting)) {
            return Optional.of(finding(pod, Severity.CRITICAL, "pod-config",
                    Reason.of("finding.pod-config", waiting, status.getName()),
                    messageEvidence(status.getName(), waiting, waitingMessage), null));
        }
        if (waiting != null && !NORMAL_WAITING.contains(waiting)) {
            return Optional.of(finding(pod, Severity.WARNING, "pod-waiting", Reason.of("finding.pod-waiting", status.getName(), waiting),
                    messageEvidence(status.getName(), waiting, waitingMessage), null));
        }
        if (now != null && now.getExitCode() != null && now.getExitCode() != 0) {
            return Optional.of(finding(pod, Severity.WARNING, "pod-terminated-error",
                    Reason.of("finding.pod-terminated-error", status.getName(), termination(now)), List.of("state: " + termination(now)), RunbookIds.CRASHLOOP));
        }
        if (last != null && "OOMKilled".equals(last.getReason())) {
            return Optional.of(finding(pod, Severity.WARNING, "pod-oomkilled",
                    Reason.of("finding.pod-oomkilled", status.getName(), restarts),
                    List.of("last termination: " + termination(last)), RunbookIds.CRASHLOOP));
        }
        return Optional.empty();
    }

    private static List<ContainerStatus> initStatuses(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getInitContainerStatuses() == null ? List.of()
                : pod.getStatus().getInitContainerStatuses();
    }

    /** An init container that fails holds the pod in Init:CrashLoopBackOff / Init:Error, which reads as "PodInitializing, 0 restarts". */
    private Optional<Finding> initFinding(Pod pod, ContainerStatus status) {
        ContainerStateTerminated now = status.getState() == null ? null : status.getState().getTerminated();
        ContainerStateTerminated last = status.getLastState() == null ? null : status.getLastState().getTerminated();
        ContainerStateTerminated exit = now != null ? now : last;
        if (exit == null || exit.getExitCode() == null || exit.getExitCode() == 0 || Boolean.TRUE.equals(status.getReady())) {
            return Optional.empty();
        }
        String waiting = status.getState() != null && status.getState().getWaiting() != null ? status.getState().getWaiting().getReason() : null;
        String state = "Init:" + (waiting != null ? waiting : exit.getReason() == null ? "Error" : exit.getReason());
        int restarts = status.getRestartCount() == null ? 0 : status.getRestartCount();
        return Optional.of(finding(pod, Severity.CRITICAL, "pod-init-failed",
                Reason.of("finding.pod-init-failed", state, status.getName(), termination(exit)),
                List.of("init container " + status.getName() + ": " + state + ", " + restarts + " restarts, " + termination(exit)),
                RunbookIds.CRASHLOOP));
    }

    /** Restarts the liveness probe caused, on a pod that may look fine (Ready) right now. */
    private Optional<Finding> livenessRestarts(Pod pod, List<Event> events) {
        List<String> probe = events.stream().map(e -> e.getMessage() == null ? "" : e.getMessage())
                .filter(m -> m.contains("Liveness probe failed") || m.contains("failed liveness probe")).distinct().limit(2)
                .map(redactor::redact).toList();
        Optional<ContainerStatus> restarted = PodStatus.containerStatuses(pod).stream()
                .filter(s -> s.getRestartCount() != null && s.getRestartCount() > 0 && s.getLastState() != null
                        && s.getLastState().getTerminated() != null).findFirst();
        if (probe.isEmpty() || restarted.isEmpty()) {
            return Optional.empty();
        }
        ContainerStatus status = restarted.get();
        List<String> evidence = new ArrayList<>(probe);
        evidence.add("last termination: " + termination(status.getLastState().getTerminated()));
        return Optional.of(finding(pod, Severity.WARNING, "pod-liveness-restarts",
                Reason.of("finding.pod-liveness-restarts", status.getName(), status.getRestartCount()), evidence, "probe-failure"));
    }

    private Optional<Finding> notReady(Pod pod, List<Event> events) {
        if (!"Running".equals(pod.getStatus().getPhase())
                || PodStatus.condition(pod, "Ready").map(c -> "True".equals(c.getStatus())).orElse(true)) {
            return Optional.empty();
        }
        List<String> probes = events.stream().filter(e -> "Unhealthy".equals(e.getReason()))
                .map(e -> redactor.redact(e.getMessage())).distinct().limit(3).toList();
        if (probes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(finding(pod, Severity.WARNING, "pod-not-ready", Reason.of("finding.pod-not-ready"), probes,
                RunbookIds.READINESS));
    }

    private List<String> messageEvidence(String container, String reason, String message) {
        return List.of("container " + container + ": " + reason + (message == null ? "" : ": " + redactor.redact(message)));
    }

    static String termination(ContainerStateTerminated terminated) {
        StringBuilder out = new StringBuilder(terminated.getReason() == null ? "terminated" : terminated.getReason());
        if (terminated.getExitCode() != null) {
            out.append(", exit code ").append(terminated.getExitCode());
        }
        if (terminated.getFinishedAt() != null) {
            out.append(", at ").append(terminated.getFinishedAt());
        }
        return out.toString();
    }

    private static Finding finding(Pod pod, Severity severity, String check, Reason problem, List<String> evidence, String runbook) {
        return new Finding(severity, check, "Pod", pod.getMetadata().getNamespace(), pod.getMetadata().getName(),
                problem, evidence, runbook);
    }
}
