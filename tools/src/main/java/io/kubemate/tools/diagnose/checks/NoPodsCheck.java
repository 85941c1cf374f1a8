package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.List;

/** A workload that should have pods and has none: said plainly, so the other checks' reasons read in context. */
@Singleton
public final class NoPodsCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        boolean wantsPods = switch (scene.object()) {
            case Deployment d -> d.getSpec() != null && (d.getSpec().getReplicas() == null || d.getSpec().getReplicas() > 0);
            case StatefulSet s -> s.getSpec() != null && (s.getSpec().getReplicas() == null || s.getSpec().getReplicas() > 0);
            case DaemonSet ignored -> true;
            case Job ignored -> true;
            default -> false;
        };
        if (!wantsPods || !scene.pods().isEmpty()) {
            return Verdict.none();
        }
        return Verdict.of(Cause.of(CauseKind.NO_PODS, Cause.HINT, List.of(scene.target().toString()), List.of()));
    }
}
