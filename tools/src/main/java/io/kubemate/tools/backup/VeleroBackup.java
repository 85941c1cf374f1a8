package io.kubemate.tools.backup;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.kubemate.tools.kube.NestedFields;

import java.time.Instant;
import java.util.List;

/**
 * The facts of one Velero {@code Backup} (velero.io/v1) that matter to a person: which Schedule made it, what it
 * covers, its phase, when it started and completed, its error and warning counts and its failure reason.
 */
public record VeleroBackup(String namespace, String name, String schedule, List<String> includedNamespaces, String phase,
                           Instant started, Instant completed, int errors, int warnings, String failureReason, Instant expiration) {

    public static final String COMPLETED = "Completed";
    public static final String PARTIALLY_FAILED = "PartiallyFailed";
    public static final String FAILED = "Failed";
    public static final String FAILED_VALIDATION = "FailedValidation";
    /** The label Velero puts on a Backup made by a Schedule. */
    static final String SCHEDULE_LABEL = "velero.io/schedule-name";

    public VeleroBackup {
        includedNamespaces = List.copyOf(includedNamespaces);
    }

    static VeleroBackup of(GenericKubernetesResource resource) {
        NestedFields fields = new NestedFields(resource);
        String schedule = resource.getMetadata().getLabels() == null ? null : resource.getMetadata().getLabels().get(SCHEDULE_LABEL);
        return new VeleroBackup(resource.getMetadata().getNamespace(), resource.getMetadata().getName(), schedule,
                fields.strings("spec", "includedNamespaces"), fields.text("status", "phase"), fields.instant("status", "startTimestamp"),
                fields.instant("status", "completionTimestamp"), fields.count("status", "errors"), fields.count("status", "warnings"),
                reason(fields), fields.instant("status", "expiration"));
    }

    /** Velero's failure reason, or for a backup that failed validation its validation errors. */
    private static String reason(NestedFields fields) {
        String reason = fields.text("status", "failureReason");
        List<String> validation = fields.strings("status", "validationErrors");
        return reason != null || validation.isEmpty() ? reason : String.join("; ", validation);
    }

    public boolean succeeded() {
        return COMPLETED.equals(phase);
    }

    public boolean failed() {
        return FAILED.equals(phase) || PARTIALLY_FAILED.equals(phase) || FAILED_VALIDATION.equals(phase);
    }

    /** When it finished, else when it started, else null: what orders backups in time. */
    public Instant when() {
        return completed != null ? completed : started;
    }
}
