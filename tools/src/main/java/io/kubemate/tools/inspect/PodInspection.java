package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.kube.PodStatus;
import io.kubemate.tools.redact.Redactor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Pods that crash-loop, cannot pull their image or config, were OOM-killed, or cannot be scheduled. */
@Singleton
public final class PodInspection implements Inspection {

    static final Set<String> IMAGE_REASONS = Set.of("ImagePullBackOff", "ErrImagePull", "InvalidImageName", "ErrImageNeverPull");
    static final Set<String> CONFIG_REASONS = Set.of("CreateContainerConfigError", "CreateContainerError", "RunContainerError");

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
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : scope.pods()) {
            unschedulable(pod).ifPresent(findings::add);
            for (ContainerStatus status : PodStatus.containerStatuses(pod)) {
                containerFinding(pod, status).ifPresent(findings::add);
            }
        }
        return findings;
    }

    /** The findings for one pod, for callers that look at a single workload. */
    public List<Finding> inspect(Pod pod) {
        List<Finding> findings = new ArrayList<>();
        unschedulable(pod).ifPresent(findings::add);
        PodStatus.containerStatuses(pod).forEach(status -> containerFinding(pod, status).ifPresent(findings::add));
        return findings;
    }

    private Optional<Finding> unschedulable(Pod pod) {
        if (pod.getStatus() == null || !"Pending".equals(pod.getStatus().getPhase())) {
            return Optional.empty();
        }
        return PodStatus.condition(pod, "PodScheduled")
                .filter(c -> "False".equals(c.getStatus()) && "Unschedulable".equals(c.getReason()))
                .map(c -> finding(pod, Severity.CRITICAL, "pod-unschedulable",
                        "Pending: the scheduler cannot place it", List.of("scheduler: " + c.getMessage()), "pod-pending"));
    }

    private Optional<Finding> containerFinding(Pod pod, ContainerStatus status) {
        String waiting = status.getState() != null && status.getState().getWaiting() != null
                ? status.getState().getWaiting().getReason() : null;
        String waitingMessage = waiting == null ? null : status.getState().getWaiting().getMessage();
        int restarts = status.getRestartCount() == null ? 0 : status.getRestartCount();
        ContainerStateTerminated last = status.getLastState() == null ? null : status.getLastState().getTerminated();

        if ("CrashLoopBackOff".equals(waiting)) {
            List<String> evidence = new ArrayList<>();
            evidence.add("container " + status.getName() + ": waiting CrashLoopBackOff, " + restarts + " restarts");
            if (last != null) {
                evidence.add("last termination: " + termination(last));
            }
            return Optional.of(finding(pod, Severity.CRITICAL, "pod-crashloop",
                    "CrashLoopBackOff: container " + status.getName() + " keeps exiting"
                            + (last == null ? "" : " (" + termination(last) + ")"),
                    evidence, "crashloop-backoff"));
        }
        if (waiting != null && IMAGE_REASONS.contains(waiting)) {
            return Optional.of(finding(pod, Severity.CRITICAL, "pod-image",
                    waiting + ": cannot pull image " + status.getImage() + " for container " + status.getName(),
                    messageEvidence(status.getName(), waiting, waitingMessage), null));
        }
        if (waiting != null && CONFIG_REASONS.contains(waiting)) {
            return Optional.of(finding(pod, Severity.CRITICAL, "pod-config",
                    waiting + ": container " + status.getName() + " cannot be created",
                    messageEvidence(status.getName(), waiting, waitingMessage), null));
        }
        if (last != null && "OOMKilled".equals(last.getReason())) {
            return Optional.of(finding(pod, Severity.WARNING, "pod-oomkilled",
                    "container " + status.getName() + " was OOMKilled (" + restarts + " restarts)",
                    List.of("last termination: " + termination(last)), "crashloop-backoff"));
        }
        return Optional.empty();
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

    private static Finding finding(Pod pod, Severity severity, String check, String problem, List<String> evidence,
                                   String runbook) {
        return new Finding(severity, check, "Pod", pod.getMetadata().getNamespace(), pod.getMetadata().getName(),
                problem, evidence, runbook);
    }
}
