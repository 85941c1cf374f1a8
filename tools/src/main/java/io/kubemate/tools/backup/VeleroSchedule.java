package io.kubemate.tools.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubemate.tools.kube.NestedFields;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** A Velero {@code Schedule}: its cron, the namespaces its backups cover, whether it is paused, when it last ran and was made. */
public record VeleroSchedule(String namespace, String name, String cron, List<String> includedNamespaces, boolean paused,
                             Instant lastBackup, Instant created) {

    public VeleroSchedule {
        includedNamespaces = List.copyOf(includedNamespaces);
    }

    static VeleroSchedule of(GenericKubernetesResource resource) {
        NestedFields fields = new NestedFields(resource);
        return new VeleroSchedule(resource.getMetadata().getNamespace(), resource.getMetadata().getName(), fields.text("spec", "schedule"),
                fields.strings("spec", "template", "includedNamespaces"), Boolean.parseBoolean(fields.text("spec", "paused")),
                fields.instant("status", "lastBackup"), created(resource.getMetadata().getCreationTimestamp()));
    }

    private static Instant created(String timestamp) {
        try {
            return timestamp == null ? null : Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
