package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.List;

/** Volumes left Released (data kept, not reusable) or Failed (reclamation failed). */
@Singleton
public final class PersistentVolumeInspection implements Inspection {

    @Override
    public String id() {
        return "pv";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(PersistentVolume.class), pv -> {
            String phase = pv.getStatus().getPhase();
            if (!"Released".equals(phase) && !"Failed".equals(phase)) {
                return List.of();
            }
            String claim = pv.getSpec().getClaimRef() == null ? "?" : pv.getSpec().getClaimRef().getNamespace() + "/"
                    + pv.getSpec().getClaimRef().getName();
            return List.of(Finding.on(pv, Severity.WARNING, "pv-" + phase.toLowerCase(java.util.Locale.ROOT),
                    Reason.of("finding.pv-released", phase, claim, pv.getSpec().getPersistentVolumeReclaimPolicy()),
                    pv.getStatus().getMessage() == null ? List.of() : List.of(pv.getStatus().getMessage()), RunbookIds.PVC_MOUNT));
        });
    }
}
