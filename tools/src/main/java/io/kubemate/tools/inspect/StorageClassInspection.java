package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.List;

/** More than one default StorageClass (claims without a class get an unpredictable one); classes that provision nothing. */
@Singleton
public final class StorageClassInspection implements Inspection {

    static final String DEFAULT = "storageclass.kubernetes.io/is-default-class";

    @Override
    public String id() {
        return "storageclass";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Finding> findings = new java.util.ArrayList<>(scope.list(StorageClass.class).stream()
                .filter(sc -> "kubernetes.io/no-provisioner".equals(sc.getProvisioner()))
                .map(sc -> Finding.on(sc, Severity.INFO, "storageclass-no-provisioner",
                        Reason.of("finding.storageclass-no-provisioner"),
                        List.of("provisioner kubernetes.io/no-provisioner"), null))
                .toList());
        findings.addAll(severalDefaults(scope));
        return findings;
    }

    private static List<Finding> severalDefaults(InspectionScope scope) {
        List<StorageClass> defaults = scope.list(StorageClass.class).stream()
                .filter(sc -> sc.getMetadata().getAnnotations() != null && "true".equals(sc.getMetadata().getAnnotations().get(DEFAULT)))
                .toList();
        if (defaults.size() < 2) {
            return List.of();
        }
        List<String> names = defaults.stream().map(sc -> sc.getMetadata().getName()).toList();
        return defaults.stream().map(sc -> Finding.on(sc, Severity.WARNING, "storageclass-several-defaults",
                Reason.of("finding.storageclass-several-defaults", defaults.size()), List.of("defaults: " + names), null)).toList();
    }
}
