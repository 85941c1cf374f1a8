package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * PDBs that allow no disruption (a node drain would hang on them), and PDBs that match no pod at all: they
 * protect nothing, usually because the workload's labels changed. A PDB whose workload is scaled to 0 on
 * purpose is left alone.
 */
@Singleton
public final class PodDisruptionBudgetInspection implements Inspection {

    @Override
    public String id() {
        return "pdb";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(PodDisruptionBudget.class), pdb -> check(scope, pdb));
    }

    private List<Finding> check(InspectionScope scope, PodDisruptionBudget pdb) {
        var status = pdb.getStatus();
        String ns = pdb.getMetadata().getNamespace();
        var selector = pdb.getSpec().getSelector();
        // the controller's count when it has reported one, else the pods listed now
        long pods = status != null && status.getExpectedPods() != null ? status.getExpectedPods()
                : scope.in(Pod.class, ns).stream().filter(p -> Selectors.matches(selector, p.getMetadata().getLabels())).count();
        if (pods == 0) {
            if (ScaledToZero.selected(scope, ns, labels -> Selectors.matches(selector, labels))) {
                return List.of();
            }
            return List.of(Finding.on(pdb, Severity.WARNING, "pdb-no-pods",
                    Reason.of("finding.pdb-no-pods"),
                    List.of("selector " + Selectors.describe(selector) + ", 0 pods match"), null));
        }
        if (status == null || status.getDisruptionsAllowed() == null || status.getDisruptionsAllowed() > 0) {
            return List.of();
        }
        return List.of(Finding.on(pdb, Severity.WARNING, "pdb-no-disruptions",
                Reason.of("finding.pdb-no-disruptions"),
                List.of("currentHealthy " + status.getCurrentHealthy() + ", desiredHealthy " + status.getDesiredHealthy()
                        + ", expectedPods " + status.getExpectedPods()), null));
    }
}
