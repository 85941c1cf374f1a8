package io.kubemate.tools.diagnose;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.List;

/** A diagnosed object, the controllers between it and its pods (ReplicaSets, the Job of a CronJob), and its pods. */
public record Gathered(HasMetadata object, List<HasMetadata> controllers, List<Pod> pods) {

    public Gathered {
        controllers = List.copyOf(controllers);
        pods = List.copyOf(pods);
    }
}
