package io.kubemate.tools.canary;

import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.Optional;

/** The canary's current metrics and verdict in one line, for a proposal that moves its traffic; empty without metrics. */
@FunctionalInterface
public interface CanaryHealth {

    CanaryHealth NONE = (client, canary) -> Optional.empty();

    Optional<String> summary(KubernetesClient asUser, Canary canary);
}
