package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** StatefulSets without their governing Service, with a missing StorageClass, or with pods not ready. */
@Singleton
public final class StatefulSetInspection implements Inspection {

    @Override
    public String id() {
        return "statefulset";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        Set<String> storageClasses = scope.list(StorageClass.class).stream().map(sc -> sc.getMetadata().getName())
                .collect(Collectors.toSet());
        return PerObject.check(id(), scope.list(StatefulSet.class), sts -> check(scope, sts, storageClasses));
    }

    private List<Finding> check(InspectionScope scope, StatefulSet sts, Set<String> storageClasses) {
        List<Finding> findings = new ArrayList<>();
        String serviceName = sts.getSpec().getServiceName();
        if (serviceName != null && !serviceName.isBlank() && scope.in(Service.class, sts.getMetadata().getNamespace()).stream()
                .noneMatch(s -> s.getMetadata().getName().equals(serviceName))) {
            findings.add(Finding.on(sts, Severity.WARNING, "statefulset-service",
                    Reason.of("finding.statefulset-service", serviceName), List.of("spec.serviceName " + serviceName), null));
        }
        if (sts.getSpec().getVolumeClaimTemplates() != null) {
            sts.getSpec().getVolumeClaimTemplates().forEach(template -> {
                String sc = template.getSpec() == null ? null : template.getSpec().getStorageClassName();
                if (sc != null && !sc.isEmpty() && !storageClasses.contains(sc)) {
                    findings.add(Finding.on(sts, Severity.CRITICAL, "statefulset-storageclass",
                            Reason.of("finding.statefulset-storageclass", template.getMetadata().getName(), sc),
                            List.of("storageClassName " + sc), RunbookIds.PVC_MOUNT));
                }
            });
        }
        int wanted = sts.getSpec().getReplicas() == null ? 1 : sts.getSpec().getReplicas();
        int ready = sts.getStatus() == null || sts.getStatus().getReadyReplicas() == null ? 0 : sts.getStatus().getReadyReplicas();
        if (ready < wanted) {
            findings.add(Finding.on(sts, ready == 0 ? Severity.CRITICAL : Severity.WARNING, "statefulset-replicas",
                    Reason.of("finding.pods-ready", ready, wanted), List.of("spec.replicas " + wanted + ", status.readyReplicas " + ready), null));
        }
        return findings;
    }
}
