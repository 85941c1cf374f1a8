package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import io.kubemate.tools.kube.PodLogs;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * "No space left on device" in a log against the volumes of that pod: the claims it mounts with their size, so the
 * answer says which volume filled up (or that none is a claim: the node's disk or an emptyDir).
 */
@Singleton
public final class DiskFullCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        for (PodLogs logs : scene.logs()) {
            Optional<String> line = logs.lines().stream().filter(l -> l.toLowerCase(Locale.ROOT).contains("no space left on device"))
                    .reduce((a, b) -> b);
            Optional<Pod> pod = scene.pods().stream().filter(p -> p.getMetadata().getName().equals(logs.pod())).findFirst();
            if (line.isEmpty() || pod.isEmpty()) {
                continue;
            }
            List<String> claims = claims(scene, pod.get(), logs.container());
            List<String> evidence = new ArrayList<>();
            evidence.add(line.get().strip());
            claims.forEach(c -> evidence.add("volume: " + c));
            return Verdict.of(Cause.of(CauseKind.DISK_FULL, Cause.PROVEN, List.of(logs.pod(), logs.container(),
                    claims.isEmpty() ? "-" : String.join("; ", claims), line.get().strip()), evidence));
        }
        return Verdict.none();
    }

    /** "claim data-db-0 (10Gi) at /var/lib/postgresql" for each claim the container mounts. */
    private static List<String> claims(Scene scene, Pod pod, String container) {
        List<Volume> volumes = pod.getSpec() == null || pod.getSpec().getVolumes() == null ? List.of() : pod.getSpec().getVolumes();
        List<VolumeMount> mounts = pod.getSpec() == null || pod.getSpec().getContainers() == null ? List.of()
                : pod.getSpec().getContainers().stream().filter(c -> container.equals(c.getName()))
                .flatMap(c -> c.getVolumeMounts() == null ? Stream.empty() : c.getVolumeMounts().stream()).toList();
        List<String> out = new ArrayList<>();
        for (Volume volume : volumes) {
            if (volume.getPersistentVolumeClaim() == null) {
                continue;
            }
            String claim = volume.getPersistentVolumeClaim().getClaimName();
            String at = mounts.stream().filter(m -> volume.getName().equals(m.getName())).map(VolumeMount::getMountPath).findFirst().orElse("");
            String size = scene.cluster().namespaced(PersistentVolumeClaim.class).stream().filter(c -> c.getMetadata().getName().equals(claim))
                    .findFirst().map(DiskFullCheck::size).orElse("?");
            out.add("claim " + claim + " (" + size + ")" + (at.isEmpty() ? "" : " at " + at));
        }
        return out;
    }

    static String size(PersistentVolumeClaim claim) {
        Quantity q = claim.getStatus() != null && claim.getStatus().getCapacity() != null ? claim.getStatus().getCapacity().get("storage") : null;
        if (q == null && claim.getSpec() != null && claim.getSpec().getResources() != null && claim.getSpec().getResources().getRequests() != null) {
            q = claim.getSpec().getResources().getRequests().get("storage");
        }
        return q == null ? "?" : Objects.toString(q.getAmount(), "") + Objects.toString(q.getFormat(), "");
    }
}
