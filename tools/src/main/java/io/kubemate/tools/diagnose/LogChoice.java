package io.kubemate.tools.diagnose;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which container's logs say why a pod is in trouble: a failing init container's own logs (the app containers never
 * started), else the previous instance of a container that restarted, else the current logs — also of a pod that
 * looks healthy, whose errors may be the only sign.
 */
public record LogChoice(Pod pod, String container, boolean previous) {

    public static Optional<LogChoice> of(Pod pod) {
        for (ContainerStatus init : statuses(pod, true)) {
            if (failing(init)) {
                return Optional.of(new LogChoice(pod, init.getName(), restarts(init) > 0 && terminatedNow(init) == null));
            }
            if (init.getState() != null && init.getState().getRunning() != null) {
                return Optional.of(new LogChoice(pod, init.getName(), false));
            }
        }
        List<ContainerStatus> containers = new ArrayList<>(statuses(pod, false));
        Optional<ContainerStatus> restarted = containers.stream().filter(s -> restarts(s) > 0)
                .max(Comparator.comparingInt(LogChoice::restarts));
        if (restarted.isPresent()) {
            return Optional.of(new LogChoice(pod, restarted.get().getName(), terminatedNow(restarted.get()) == null));
        }
        Optional<String> first = containers.stream().filter(LogChoice::failing).map(ContainerStatus::getName).findFirst()
                .or(() -> pod.getSpec() == null || pod.getSpec().getContainers() == null || pod.getSpec().getContainers().isEmpty()
                        ? Optional.empty() : Optional.of(pod.getSpec().getContainers().getFirst().getName()));
        return first.map(name -> new LogChoice(pod, name, false));
    }

    static List<ContainerStatus> statuses(Pod pod, boolean init) {
        if (pod.getStatus() == null) {
            return List.of();
        }
        List<ContainerStatus> list = init ? pod.getStatus().getInitContainerStatuses() : pod.getStatus().getContainerStatuses();
        return list == null ? List.of() : list;
    }

    /** Waiting on a back-off or error, or exited non-zero now or the last time. */
    static boolean failing(ContainerStatus s) {
        if (s.getState() != null && s.getState().getWaiting() != null) {
            String reason = s.getState().getWaiting().getReason();
            if (reason != null && !"PodInitializing".equals(reason) && !"ContainerCreating".equals(reason)) {
                return true;
            }
        }
        var now = terminatedNow(s);
        if (now != null && now.getExitCode() != null && now.getExitCode() != 0) {
            return true;
        }
        var last = s.getLastState() == null ? null : s.getLastState().getTerminated();
        return last != null && last.getExitCode() != null && last.getExitCode() != 0 && !Boolean.TRUE.equals(s.getReady());
    }

    static int restarts(ContainerStatus s) {
        return s.getRestartCount() == null ? 0 : s.getRestartCount();
    }

    private static ContainerStateTerminated terminatedNow(ContainerStatus s) {
        return s.getState() == null ? null : s.getState().getTerminated();
    }
}
