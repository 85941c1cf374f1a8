package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Deployment's revisions the way the controller keeps them: one ReplicaSet per pod template, numbered by
 * the {@code deployment.kubernetes.io/revision} annotation. Shared by {@code rollout_history} and {@code rollback}.
 */
public final class DeploymentRevisions {

    public static final String REVISION = "deployment.kubernetes.io/revision";
    public static final String CHANGE_CAUSE = "kubernetes.io/change-cause";

    private DeploymentRevisions() {
    }

    /** The ReplicaSets the Deployment controls (one list call), newest revision first. */
    public static List<ReplicaSet> of(KubernetesClient client, Deployment deployment) {
        String name = deployment.getMetadata().getName();
        List<ReplicaSet> owned = new ArrayList<>();
        for (ReplicaSet rs : client.apps().replicaSets().inNamespace(deployment.getMetadata().getNamespace()).list().getItems()) {
            List<OwnerReference> owners = rs.getMetadata().getOwnerReferences();
            boolean ours = owners != null && owners.stream().anyMatch(o -> "Deployment".equals(o.getKind()) && name.equals(o.getName()));
            if (ours && revisionOf(rs).isPresent()) {
                owned.add(rs);
            }
        }
        owned.sort(Comparator.comparing((ReplicaSet rs) -> revisionOf(rs).orElse(0)).reversed());
        return owned;
    }

    public static Optional<Integer> revisionOf(HasMetadata object) {
        String value = annotation(object, REVISION);
        try {
            return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String annotation(HasMetadata object, String key) {
        Map<String, String> annotations = object.getMetadata().getAnnotations();
        return annotations == null ? null : annotations.get(key);
    }
}
