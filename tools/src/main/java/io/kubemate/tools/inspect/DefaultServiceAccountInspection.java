package io.kubemate.tools.inspect;

import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.List;

/** Workloads running as the namespace's default ServiceAccount, which every other workload shares. */
@Singleton
public final class DefaultServiceAccountInspection implements Inspection {

    @Override
    public String id() {
        return "default-serviceaccount";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PodTemplates.of(scope).stream()
                .filter(t -> t.spec().getServiceAccountName() == null || t.spec().getServiceAccountName().isEmpty()
                        || "default".equals(t.spec().getServiceAccountName()))
                .map(t -> Finding.on(t.owner(), Severity.INFO, "default-serviceaccount", Reason.of("finding.default-serviceaccount"),
                        List.of("serviceAccountName " + (t.spec().getServiceAccountName() == null ? "(unset)" : t.spec().getServiceAccountName())),
                        null))
                .toList();
    }
}
