package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.Event;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The controller could not create pods ({@code FailedCreate} on the Deployment's ReplicaSet, the StatefulSet,
 * DaemonSet or Job): a quota that is exceeded, a PodSecurity level the pod violates, or another refusal — so a
 * workload has fewer pods than it wants and no pod even shows the problem. Missing objects named in the refusal are
 * the {@link MissingReferenceCheck}'s.
 */
@Singleton
public final class CreateFailureCheck implements DiagnosisCheck {

    private static final Pattern QUOTA = Pattern.compile("(?i)exceeded quota|forbidden: exceeded|quota");
    private static final Pattern POD_SECURITY = Pattern.compile("(?i)violates PodSecurity|pod security|PodSecurityPolicy");
    private static final Pattern NOT_FOUND = Pattern.compile("(?i)\"[a-z0-9.-]+\" not found");

    @Override
    public Verdict check(Scene scene) {
        Set<String> controllers = new HashSet<>();
        controllers.add(scene.target().name());
        scene.controllers().forEach(c -> controllers.add(c.getMetadata().getName()));
        Verdict verdict = Verdict.none();
        Set<String> said = new HashSet<>();
        for (Event event : scene.events()) {
            if (!"FailedCreate".equals(event.getReason()) || event.getInvolvedObject() == null
                    || !controllers.contains(event.getInvolvedObject().getName())) {
                continue;
            }
            String message = Objects.toString(event.getMessage(), "");
            if (NOT_FOUND.matcher(message).find() || !said.add(message)) {
                continue;
            }
            String who = event.getInvolvedObject().getKind() + " " + event.getInvolvedObject().getName();
            CauseKind kind = QUOTA.matcher(message).find() ? CauseKind.QUOTA_EXCEEDED
                    : POD_SECURITY.matcher(message).find() ? CauseKind.POD_SECURITY : CauseKind.CREATE_FAILED;
            verdict = verdict.and(Verdict.of(Cause.of(kind, Cause.PROVEN, List.of(who, message),
                    List.of("FailedCreate on " + who + (event.getCount() == null ? "" : " ×" + event.getCount()) + ": " + message))));
        }
        return verdict;
    }
}
