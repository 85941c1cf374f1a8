package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;

import java.util.List;
import java.util.Optional;

/** Reads a pod's status the way kubectl summarises it. */
public final class PodStatus {

    private PodStatus() {
    }

    public static List<ContainerStatus> containerStatuses(Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return List.of();
        }
        return pod.getStatus().getContainerStatuses();
    }

    /** kubectl's STATUS column: a waiting or terminated reason wins over the phase. */
    public static String reason(Pod pod) {
        if (pod.getMetadata().getDeletionTimestamp() != null) {
            return "Terminating";
        }
        if (pod.getStatus() == null) {
            return "Unknown";
        }
        if (pod.getStatus().getReason() != null) {
            return pod.getStatus().getReason();
        }
        Optional<String> init = initReason(pod);
        if (init.isPresent()) {
            return init.get();
        }
        for (ContainerStatus status : containerStatuses(pod)) {
            if (status.getState() != null && status.getState().getWaiting() != null
                    && status.getState().getWaiting().getReason() != null) {
                return status.getState().getWaiting().getReason();
            }
            if (status.getState() != null && status.getState().getTerminated() != null
                    && status.getState().getTerminated().getReason() != null) {
                return status.getState().getTerminated().getReason();
            }
        }
        String phase = pod.getStatus().getPhase();
        return phase == null ? "Unknown" : phase;
    }

    /** kubectl's {@code Init:CrashLoopBackOff} / {@code Init:Error} while an init container fails. */
    private static Optional<String> initReason(Pod pod) {
        List<ContainerStatus> inits = pod.getStatus().getInitContainerStatuses() == null ? List.of() : pod.getStatus().getInitContainerStatuses();
        for (ContainerStatus status : inits) {
            var state = status.getState();
            if (state == null) {
                continue;
            }
            if (state.getTerminated() != null && state.getTerminated().getExitCode() != null && state.getTerminated().getExitCode() != 0) {
                return Optional.of("Init:" + (state.getTerminated().getReason() == null ? "Error" : state.getTerminated().getReason()));
            }
            if (state.getWaiting() != null && state.getWaiting().getReason() != null && !"PodInitializing".equals(state.getWaiting().getReason())) {
                return Optional.of("Init:" + state.getWaiting().getReason());
            }
        }
        return Optional.empty();
    }

    public static int restarts(Pod pod) {
        return containerStatuses(pod).stream()
                .mapToInt(s -> s.getRestartCount() == null ? 0 : s.getRestartCount())
                .sum();
    }

    public static String ready(Pod pod) {
        int total = pod.getSpec() == null || pod.getSpec().getContainers() == null
                ? containerStatuses(pod).size() : pod.getSpec().getContainers().size();
        long ready = containerStatuses(pod).stream().filter(s -> Boolean.TRUE.equals(s.getReady())).count();
        return ready + "/" + total;
    }

    public static Optional<PodCondition> condition(Pod pod, String type) {
        if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return pod.getStatus().getConditions().stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    public static String node(Pod pod) {
        return pod.getSpec() == null || pod.getSpec().getNodeName() == null ? "" : pod.getSpec().getNodeName();
    }
}
