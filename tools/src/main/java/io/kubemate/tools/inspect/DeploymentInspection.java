package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Deployments with fewer ready replicas than wanted, or whose rollout stopped progressing. */
@Singleton
public final class DeploymentInspection implements Inspection {

    @Override
    public String id() {
        return "deployment";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(Deployment.class), this::check);
    }

    private List<Finding> check(Deployment d) {
        List<Finding> findings = new ArrayList<>();
        int wanted = d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
        int ready = d.getStatus() == null || d.getStatus().getReadyReplicas() == null ? 0 : d.getStatus().getReadyReplicas();
        List<DeploymentCondition> conditions = d.getStatus() == null || d.getStatus().getConditions() == null
                ? List.of() : d.getStatus().getConditions();
        conditions.stream()
                .filter(c -> "Progressing".equals(c.getType()) && "False".equals(c.getStatus()))
                .findFirst()
                .ifPresent(c -> findings.add(Finding.on(d, Severity.CRITICAL, "deployment-stalled",
                        Reason.of("finding.deployment-stalled", c.getReason()), List.of(String.valueOf(c.getMessage())),
                        RunbookIds.ROLLBACK)));
        if (ready < wanted) {
            findings.add(Finding.on(d, ready == 0 ? Severity.CRITICAL : Severity.WARNING, "deployment-replicas",
                    Reason.of("finding.replicas-ready", ready, wanted), List.of("spec.replicas " + wanted + ", status.readyReplicas " + ready),
                    null));
        }
        return findings;
    }
}
