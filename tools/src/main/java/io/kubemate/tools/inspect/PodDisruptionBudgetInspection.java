package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import jakarta.inject.Singleton;

import java.util.List;

/** PDBs that allow no disruption: a node drain would hang on them. */
@Singleton
public final class PodDisruptionBudgetInspection implements Inspection {

    @Override
    public String id() {
        return "pdb";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(PodDisruptionBudget.class), pdb -> {
            var status = pdb.getStatus();
            if (status.getExpectedPods() == null || status.getExpectedPods() == 0 || status.getDisruptionsAllowed() == null
                    || status.getDisruptionsAllowed() > 0) {
                return List.of();
            }
            return List.of(Finding.on(pdb, Severity.WARNING, "pdb-no-disruptions",
                    "allows no disruption: draining a node with its pods will block",
                    List.of("currentHealthy " + status.getCurrentHealthy() + ", desiredHealthy " + status.getDesiredHealthy()
                            + ", expectedPods " + status.getExpectedPods()), null));
        });
    }
}
