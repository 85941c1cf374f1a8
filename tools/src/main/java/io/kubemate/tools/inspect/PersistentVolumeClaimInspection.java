package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Claims that are Lost, Pending on a provisioning failure, or name a StorageClass that does not exist. */
@Singleton
public final class PersistentVolumeClaimInspection implements Inspection {

    @Override
    public String id() {
        return "pvc";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        Set<String> classes = scope.list(StorageClass.class).stream().map(c -> c.getMetadata().getName()).collect(Collectors.toSet());
        boolean hasDefault = scope.list(StorageClass.class).stream().anyMatch(sc -> sc.getMetadata().getAnnotations() != null
                && "true".equals(sc.getMetadata().getAnnotations().get(StorageClassInspection.DEFAULT)));
        return PerObject.check(id(), scope.list(PersistentVolumeClaim.class), pvc -> check(scope, pvc, classes, hasDefault));
    }

    private List<Finding> check(InspectionScope scope, PersistentVolumeClaim pvc, Set<String> classes, boolean hasDefault) {
        List<Finding> findings = new ArrayList<>();
        String phase = pvc.getStatus().getPhase();
        String sc = pvc.getSpec().getStorageClassName();
        if ("Lost".equals(phase)) {
            findings.add(Finding.on(pvc, Severity.CRITICAL, "pvc-lost", Reason.of("finding.pvc-lost", pvc.getSpec().getVolumeName()), List.of("status.phase Lost"), RunbookIds.PVC_MOUNT));
        }
        if (sc != null && !sc.isEmpty() && !classes.contains(sc)) {
            findings.add(Finding.on(pvc, Severity.CRITICAL, "pvc-storageclass", Reason.of("finding.pvc-storageclass", sc),
                    List.of("spec.storageClassName " + sc), RunbookIds.PVC_MOUNT));
        }
        if (sc == null && !hasDefault && "Pending".equals(phase) && pvc.getSpec().getVolumeName() == null) {
            findings.add(Finding.on(pvc, Severity.WARNING, "pvc-no-storageclass",
                    Reason.of("finding.pvc-no-storageclass"), List.of("spec.storageClassName unset"),
                    RunbookIds.PVC_MOUNT));
        }
        if ("Pending".equals(phase)) {
            List<String> failures = scope.in(Event.class, pvc.getMetadata().getNamespace()).stream()
                    .filter(e -> e.getInvolvedObject() != null && pvc.getMetadata().getName().equals(e.getInvolvedObject().getName()))
                    .filter(e -> "ProvisioningFailed".equals(e.getReason()))
                    .map(e -> "ProvisioningFailed: " + e.getMessage())
                    .toList();
            if (!failures.isEmpty()) {
                findings.add(Finding.on(pvc, Severity.CRITICAL, "pvc-provisioning", Reason.of("finding.pvc-provisioning"),
                        failures, RunbookIds.PVC_MOUNT));
            }
        }
        return findings;
    }
}
