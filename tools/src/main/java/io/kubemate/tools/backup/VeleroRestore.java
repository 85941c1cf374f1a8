package io.kubemate.tools.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubemate.tools.kube.NestedFields;

import java.time.Instant;
import java.util.List;

/** A Velero {@code Restore}: the backup it restores from, what it covers, its phase and counts. */
public record VeleroRestore(String namespace, String name, String backup, List<String> includedNamespaces, String phase,
                            Instant completed, int errors, int warnings) {

    public VeleroRestore {
        includedNamespaces = List.copyOf(includedNamespaces);
    }

    static VeleroRestore of(GenericKubernetesResource resource) {
        NestedFields fields = new NestedFields(resource);
        return new VeleroRestore(resource.getMetadata().getNamespace(), resource.getMetadata().getName(), fields.text("spec", "backupName"),
                fields.strings("spec", "includedNamespaces"), fields.text("status", "phase"), fields.instant("status", "completionTimestamp"),
                fields.count("status", "errors"), fields.count("status", "warnings"));
    }
}
