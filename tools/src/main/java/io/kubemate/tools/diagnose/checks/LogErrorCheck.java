package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.LogLines;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import io.kubemate.tools.kube.PodLogs;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The error lines of the logs read: those of a container that crashed (its previous instance, or one that exited
 * non-zero) say why it died; those of a running container are a lead. Init containers' logs are the
 * {@link InitContainerCheck}'s.
 */
@Singleton
public final class LogErrorCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        Verdict verdict = Verdict.none();
        Set<String> said = new HashSet<>();
        for (PodLogs logs : scene.logs()) {
            Optional<Pod> pod = scene.pods().stream().filter(p -> p.getMetadata().getName().equals(logs.pod())).findFirst();
            if (pod.isEmpty() || InitContainerCheck.isInit(pod.get(), logs.container())) {
                continue;
            }
            List<String> errors = LogLines.errors(logs);
            if (!errors.isEmpty() && !said.add(String.join("\n", errors.stream().map(LogErrorCheck::withoutTime).toList()))) {
                continue;
            }
            if (errors.isEmpty()) {
                verdict = verdict.and(Verdict.fine(Fine.of("logs-clean", logs.pod(), logs.container())));
                continue;
            }
            boolean crashed = logs.previous() || exitedWithError(pod.get(), logs.container());
            List<String> args = List.of(logs.pod(), logs.container(), String.join(" / ", errors));
            verdict = verdict.and(Verdict.of(crashed ? Cause.of(CauseKind.CRASH_LOG, Cause.LOGGED, args, errors)
                    : Cause.of(CauseKind.RUNNING_LOG, Cause.HINT + 10, args, errors)));
        }
        return verdict;
    }

    /** The same failure on two replicas differs only in its timestamps. */
    private static String withoutTime(String line) {
        return line.replaceAll("[0-9]{2}:[0-9]{2}:[0-9]{2}([.,][0-9]+)?", "").replaceAll("[0-9]{4}-[0-9]{2}-[0-9]{2}[T ]?", "");
    }

    static boolean exitedWithError(Pod pod, String container) {
        if (pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
            return false;
        }
        return pod.getStatus().getContainerStatuses().stream().filter(s -> container.equals(s.getName()))
                .map(ContainerStatus::getState)
                .anyMatch(state -> state != null && state.getTerminated() != null && state.getTerminated().getExitCode() != null
                        && state.getTerminated().getExitCode() != 0);
    }
}
