package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.canary.Canary;
import io.kubemate.tools.canary.CanaryObjects;
import io.kubemate.tools.canary.CanaryPolicy;
import io.kubemate.tools.report.Ages;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Canaries stuck mid-way: a TrafficSplit or HTTPRoute sending part, not all or none, of its traffic to the canary for
 * longer than {@code kubemate.canary.stuck-after} since its last step (the {@link Canary#STEP_AT} annotation, else the
 * newest managedFields time; a canary whose last step is unknown is not judged).
 */
@Singleton
public final class CanaryInspection implements Inspection {

    private final CanaryPolicy policy;

    public CanaryInspection(CanaryPolicy policy) {
        this.policy = policy;
    }

    @Override
    public String id() {
        return "canary";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Canary> canaries;
        try {
            canaries = scope.once("canaries", client -> CanaryObjects.read(client, scope.namespace()));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403) {
                return List.of(); // the person may not read the traffic objects: nothing of theirs to judge
            }
            throw e;
        }
        List<Finding> findings = new ArrayList<>();
        for (Canary c : canaries) {
            int percent = c.canaryPercent();
            if (!c.twoBackends() || percent <= 0 || percent >= 100 || c.stepAt() == null) {
                continue;
            }
            Duration since = Duration.between(c.stepAt(), scope.now());
            if (since.compareTo(policy.stuckAfter()) > 0) {
                findings.add(new Finding(Severity.WARNING, "canary-stuck", c.kind(), c.namespace(), c.name(),
                        "the canary " + c.canary().service() + " has carried " + percent + "% of the traffic for " + Ages.of(since)
                                + " since its last step, longer than " + Ages.of(policy.stuckAfter()) + ": promote it or roll it back",
                        List.of("split " + c.split(), "last step " + c.stepAt() + " (" + c.stepSource().name().toLowerCase(Locale.ROOT) + ")"),
                        RunbookIds.CANARY).withFix("kubectl get " + c.kind().toLowerCase(Locale.ROOT) + " " + c.name() + " -n "
                        + c.namespace() + " -o yaml"));
            }
        }
        return findings;
    }
}
