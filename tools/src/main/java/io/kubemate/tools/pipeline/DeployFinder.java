package io.kubemate.tools.pipeline;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.ReadPermissions;
import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For {@code diagnose}: the newest PipelineRun that succeeded within {@value #WINDOW_HOURS} hours and whose params or
 * results name one of the images the diagnosed object runs (same repository, any tag or digest): a deploy that just
 * happened is the first suspect of a new fault. Read as the person, in the namespaces where they may read runs.
 */
@Singleton
public final class DeployFinder {

    static final int WINDOW_HOURS = 24;

    private final ClusterAccess cluster;
    private final Clock clock;

    public DeployFinder(ClusterAccess cluster, Clock clock) {
        this.cluster = cluster;
        this.clock = clock;
    }

    public Optional<RecentDeploy> recent(Subject subject, ReadAccess access, ResourceKind kind, String namespace, String name) {
        NamespaceScope scope = access.scope(ReadPermissions.WORKLOADS);
        Instant since = clock.instant().minus(Duration.ofHours(WINDOW_HOURS));
        try {
            return cluster.as(subject, client -> {
                HasMetadata object = client.resources(kind.type()).inNamespace(namespace).withName(name).get();
                List<String> images = object == null ? List.of() : images(Serialization.jsonMapper().convertValue(object, Map.class));
                if (images.isEmpty()) {
                    return Optional.<RecentDeploy>empty();
                }
                return TektonObjects.pipelineRuns(client, null, scope).stream()
                        .filter(r -> scope.allows(r.namespace()) && r.state() == RunState.SUCCEEDED && r.completed() != null && r.completed().isAfter(since))
                        .sorted(Comparator.comparing(PipelineRunInfo::completed).reversed())
                        .flatMap(r -> r.values().stream().filter(v -> images.stream().anyMatch(i -> repository(i).equals(repository(v))))
                                .findFirst().map(v -> new RecentDeploy(r, v, r.completed())).stream())
                        .findFirst();
            });
        } catch (KubernetesClientException e) {
            return Optional.empty(); // a deploy is a hint; without it the diagnosis stands on its own
        }
    }

    /** Every {@code image} of every container in the object's (pod) template. */
    private static List<String> images(Object node) {
        List<String> images = new ArrayList<>();
        collect(node, images);
        return images;
    }

    private static void collect(Object node, List<String> images) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("image".equals(key) && value instanceof String image && map.containsKey("name")) {
                    images.add(image);
                } else {
                    collect(value, images);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, images));
        }
    }

    /** {@code registry:5000/team/app:1.2@sha256:…} → {@code registry:5000/team/app}. */
    static String repository(String image) {
        String text = image.strip();
        int digest = text.indexOf('@');
        if (digest >= 0) {
            text = text.substring(0, digest);
        }
        int slash = text.lastIndexOf('/');
        int colon = text.lastIndexOf(':');
        return colon > slash ? text.substring(0, colon) : text;
    }
}
