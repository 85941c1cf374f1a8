package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.LogLines;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An init container that keeps failing holds the whole pod (Init:CrashLoopBackOff, Init:Error): names it, its exit
 * code and what its own logs say.
 */
@Singleton
public final class InitContainerCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        Verdict verdict = Verdict.none();
        Set<String> said = new HashSet<>();
        for (Pod pod : scene.pods()) {
            List<ContainerStatus> inits = pod.getStatus() == null || pod.getStatus().getInitContainerStatuses() == null
                    ? List.of() : pod.getStatus().getInitContainerStatuses();
            for (ContainerStatus init : inits) {
                if (init.getState() != null && init.getState().getRunning() != null && said.add(init.getName())) {
                    verdict = verdict.and(Verdict.of(stuck(scene, pod, init)));
                    continue;
                }
                ContainerStateTerminated exit = exit(init);
                String waiting = init.getState() != null && init.getState().getWaiting() != null ? init.getState().getWaiting().getReason() : null;
                boolean failing = exit != null && exit.getExitCode() != null && exit.getExitCode() != 0
                        && !Boolean.TRUE.equals(init.getReady());
                if (!failing || !said.add(init.getName())) {
                    continue;
                }
                String state = waiting != null ? "Init:" + waiting : "Init:" + (exit.getReason() == null ? "Error" : exit.getReason());
                List<String> lines = scene.logs().stream()
                        .filter(l -> l.pod().equals(pod.getMetadata().getName()) && l.container().equals(init.getName()))
                        .findFirst().map(LogLines::errors).orElse(List.of());
                List<String> evidence = new ArrayList<>();
                evidence.add("init container " + init.getName() + ": " + state + ", exit code " + exit.getExitCode()
                        + ", restarts " + (init.getRestartCount() == null ? 0 : init.getRestartCount()));
                evidence.addAll(lines);
                verdict = verdict.and(Verdict.of(Cause.of(CauseKind.INIT_FAILED, lines.isEmpty() ? Cause.STATE + 15 : Cause.LOGGED + 5,
                        List.of(pod.getMetadata().getName(), init.getName(), state, String.valueOf(exit.getExitCode()),
                                lines.isEmpty() ? "-" : String.join(" / ", lines)), evidence)));
            }
        }
        return verdict;
    }

    /** An init container that keeps running holds the pod in Init:0/1: what it last logged says what it waits for. */
    private static Cause stuck(Scene scene, Pod pod, ContainerStatus init) {
        List<String> tail = scene.logs().stream()
                .filter(l -> l.pod().equals(pod.getMetadata().getName()) && l.container().equals(init.getName()))
                .findFirst().map(l -> l.lines().subList(Math.max(0, l.lines().size() - 3), l.lines().size()).stream()
                        .map(String::strip).filter(line -> !line.isEmpty()).distinct().toList()).orElse(List.of());
        List<String> evidence = new ArrayList<>();
        evidence.add("init container " + init.getName() + ": running since " + init.getState().getRunning().getStartedAt()
                + "; the app containers wait in PodInitializing");
        evidence.addAll(tail);
        return Cause.of(CauseKind.INIT_STUCK, tail.isEmpty() ? Cause.STATE + 10 : Cause.LOGGED + 5, List.of(pod.getMetadata().getName(),
                init.getName(), String.valueOf(init.getState().getRunning().getStartedAt()), tail.isEmpty() ? "-" : String.join(" / ", tail)),
                evidence);
    }

    /** The current termination, else the last one (a container waiting to be restarted). */
    private static ContainerStateTerminated exit(ContainerStatus status) {
        if (status.getState() != null && status.getState().getTerminated() != null) {
            return status.getState().getTerminated();
        }
        return status.getLastState() == null ? null : status.getLastState().getTerminated();
    }

    static boolean isInit(Pod pod, String container) {
        return pod.getSpec() != null && pod.getSpec().getInitContainers() != null
                && pod.getSpec().getInitContainers().stream().anyMatch(c -> container.equals(c.getName()));
    }
}
