package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.PodSpecs;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The claims a diagnosed object uses (the claim itself, its pods' volumes, a StatefulSet's volumeClaimTemplates):
 * a Pending claim is explained by a StorageClass that does not exist, a provisioner's error, or no volume that could
 * bind it.
 */
@Singleton
public final class ClaimCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        List<PersistentVolumeClaim> existing = scene.cluster().namespaced(PersistentVolumeClaim.class);
        Verdict verdict = Verdict.none();
        for (String name : claimNames(scene)) {
            Optional<PersistentVolumeClaim> claim = existing.stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst();
            if (claim.isEmpty()) {
                continue;
            }
            String phase = claim.get().getStatus() == null ? "Pending" : Objects.toString(claim.get().getStatus().getPhase(), "Pending");
            verdict = verdict.and("Pending".equals(phase) ? Verdict.of(pending(scene, claim.get()))
                    : Verdict.fine(Fine.of("claim-bound", name, phase, DiskFullCheck.size(claim.get()))));
        }
        return verdict;
    }

    private static Set<String> claimNames(Scene scene) {
        Set<String> names = new LinkedHashSet<>();
        if (scene.object() instanceof PersistentVolumeClaim claim) {
            names.add(claim.getMetadata().getName());
        }
        if (scene.object() instanceof StatefulSet sts && sts.getSpec() != null && sts.getSpec().getVolumeClaimTemplates() != null) {
            int replicas = sts.getSpec().getReplicas() == null ? 1 : sts.getSpec().getReplicas();
            for (PersistentVolumeClaim template : sts.getSpec().getVolumeClaimTemplates()) {
                for (int i = 0; i < replicas; i++) {
                    names.add(template.getMetadata().getName() + "-" + sts.getMetadata().getName() + "-" + i);
                }
            }
        }
        for (Pod pod : scene.pods()) {
            volumes(pod.getSpec() == null ? null : pod.getSpec().getVolumes(), names);
        }
        PodSpecs.of(scene).ifPresent(spec -> volumes(spec.getVolumes(), names));
        return names;
    }

    private static void volumes(List<Volume> volumes, Set<String> names) {
        if (volumes != null) {
            volumes.stream().filter(v -> v.getPersistentVolumeClaim() != null)
                    .forEach(v -> names.add(v.getPersistentVolumeClaim().getClaimName()));
        }
    }

    private static Cause pending(Scene scene, PersistentVolumeClaim claim) {
        String name = claim.getMetadata().getName();
        String wantedClass = claim.getSpec() == null ? null : claim.getSpec().getStorageClassName();
        List<String> said = scene.events().stream().filter(e -> e.getInvolvedObject() != null && name.equals(e.getInvolvedObject().getName())
                && "PersistentVolumeClaim".equals(e.getInvolvedObject().getKind())).map(e -> e.getReason() + ": " + e.getMessage()).distinct().toList();
        List<String> evidence = new ArrayList<>();
        evidence.add("claim " + name + ": Pending, storageClassName " + (wantedClass == null ? "(none)" : wantedClass) + ", request "
                + DiskFullCheck.size(claim));
        said.stream().limit(2).forEach(evidence::add);
        Optional<List<StorageClass>> classes = scene.cluster().list(StorageClass.class, true);
        if (wantedClass != null && !wantedClass.isEmpty() && classes.isPresent()
                && classes.get().stream().noneMatch(c -> c.getMetadata().getName().equals(wantedClass))) {
            String have = classes.get().stream().map(c -> c.getMetadata().getName()).sorted().reduce((a, b) -> a + ", " + b).orElse("-");
            evidence.add("StorageClasses in the cluster: " + have);
            return Cause.of(CauseKind.STORAGE_CLASS_MISSING, Cause.PROVEN, List.of(name, wantedClass, have), evidence);
        }
        Optional<String> provisioning = said.stream().filter(s -> s.startsWith("ProvisioningFailed")).findFirst();
        if (provisioning.isPresent()) {
            return Cause.of(CauseKind.PROVISIONING_FAILED, Cause.PROVEN, List.of(name, provisioning.get()), evidence);
        }
        boolean dynamic = wantedClass != null && !wantedClass.isEmpty()
                || (wantedClass == null && classes.orElse(List.of()).stream().anyMatch(ClaimCheck::isDefault));
        if (!dynamic) {
            List<PersistentVolume> volumes = scene.cluster().clusterWide(PersistentVolume.class).stream()
                    .filter(v -> v.getStatus() != null && "Available".equals(v.getStatus().getPhase())).toList();
            evidence.add("available PersistentVolumes: " + volumes.size());
            return Cause.of(CauseKind.NO_MATCHING_VOLUME, Cause.PROVEN - 5, List.of(name, DiskFullCheck.size(claim),
                    claim.getSpec() == null || claim.getSpec().getAccessModes() == null ? "-" : String.join(",", claim.getSpec().getAccessModes())),
                    evidence);
        }
        return Cause.of(CauseKind.CLAIM_PENDING, Cause.STATE + 10, List.of(name, said.isEmpty() ? "-" : said.getLast()), evidence);
    }

    private static boolean isDefault(StorageClass sc) {
        var annotations = sc.getMetadata().getAnnotations();
        return annotations != null && ("true".equals(annotations.get("storageclass.kubernetes.io/is-default-class"))
                || "true".equals(annotations.get("storageclass.beta.kubernetes.io/is-default-class")));
    }
}
