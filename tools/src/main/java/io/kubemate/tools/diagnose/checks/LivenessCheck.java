package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Restarts caused by the liveness probe: a container that was terminated and restarted while the kubelet reported
 * "Liveness probe failed" for it — often on a pod that is Ready right now, so nothing else looks wrong.
 */
@Singleton
public final class LivenessCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        for (Pod pod : scene.pods()) {
            List<Event> events = scene.events().stream().filter(e -> e.getInvolvedObject() != null
                    && pod.getMetadata().getName().equals(e.getInvolvedObject().getName())).toList();
            List<String> probe = events.stream().map(e -> e.getMessage() == null ? "" : e.getMessage())
                    .filter(m -> m.toLowerCase(Locale.ROOT).contains("liveness probe failed")
                            || m.toLowerCase(Locale.ROOT).contains("failed liveness probe")).distinct().limit(2).toList();
            if (probe.isEmpty() || pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null) {
                continue;
            }
            for (ContainerStatus status : pod.getStatus().getContainerStatuses()) {
                int restarts = status.getRestartCount() == null ? 0 : status.getRestartCount();
                var last = status.getLastState() == null ? null : status.getLastState().getTerminated();
                if (restarts == 0 || last == null) {
                    continue;
                }
                List<String> evidence = new ArrayList<>(probe);
                evidence.add("container " + status.getName() + ": " + restarts + " restarts, last terminated "
                        + (last.getReason() == null ? "" : last.getReason()) + " exit code " + last.getExitCode()
                        + (Boolean.TRUE.equals(status.getReady()) ? ", ready now" : ""));
                return Verdict.of(Cause.of(CauseKind.LIVENESS_RESTARTS, Cause.PROVEN - 15,
                        List.of(pod.getMetadata().getName(), status.getName(), String.valueOf(restarts), probe.getFirst()), evidence));
            }
        }
        return Verdict.none();
    }
}
