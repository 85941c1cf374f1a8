package io.kubemate.tools.diagnose;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The objects around a diagnosed one, read as the caller when a check first asks and kept for the other checks.
 * A kind the caller may not list is absent (empty), so a check about it says nothing rather than guessing.
 * Secrets are known by name only: their values never leave {@link #secretNames()}.
 */
public final class ClusterView {

    private final KubernetesClient client;
    private final String namespace;
    private final Map<Class<?>, Optional<List<? extends HasMetadata>>> read = new HashMap<>();
    private Optional<Set<String>> secrets;

    public ClusterView(KubernetesClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
    }

    public String namespace() {
        return namespace;
    }

    /**
     * The objects of {@code type}: of a cluster-scoped kind all of them, of a namespaced kind those in the namespace
     * (in every namespace when the view has none, as for a node); empty when the caller may not list them.
     */
    @SuppressWarnings("unchecked")
    public <T extends HasMetadata> Optional<List<T>> list(Class<T> type, boolean clusterScoped) {
        return (Optional<List<T>>) (Optional<?>) read.computeIfAbsent(type, t -> allowed(() -> clusterScoped
                ? client.resources(type).list().getItems()
                : namespace == null ? client.resources(type).inAnyNamespace().list().getItems()
                : client.resources(type).inNamespace(namespace).list().getItems()));
    }

    public <T extends HasMetadata> List<T> namespaced(Class<T> type) {
        return list(type, false).orElse(List.of());
    }

    public <T extends HasMetadata> List<T> clusterWide(Class<T> type) {
        return list(type, true).orElse(List.of());
    }

    /** The objects of a namespaced {@code type} in another namespace (a client's, a policy's), empty when not allowed. */
    public <T extends HasMetadata> List<T> in(Class<T> type, String otherNamespace) {
        if (otherNamespace == null || otherNamespace.equals(namespace)) {
            return namespaced(type);
        }
        return allowed(() -> client.resources(type).inNamespace(otherNamespace).list().getItems()).orElse(List.of());
    }

    /** Names of the objects of {@code type}, empty when the caller may not list them. */
    public Optional<Set<String>> names(Class<? extends HasMetadata> type, boolean clusterScoped) {
        if (type == Secret.class) {
            return secretNames();
        }
        return list(type, clusterScoped).map(items -> items.stream().map(o -> o.getMetadata().getName()).collect(Collectors.toSet()));
    }

    public Optional<Set<String>> secretNames() {
        if (namespace == null) {
            return Optional.empty();
        }
        if (secrets == null) {
            secrets = allowed(() -> client.secrets().inNamespace(namespace).list().getItems().stream()
                    .map(s -> s.getMetadata().getName()).collect(Collectors.toSet()));
        }
        return secrets;
    }

    private static <T> Optional<T> allowed(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403 || e.getCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
