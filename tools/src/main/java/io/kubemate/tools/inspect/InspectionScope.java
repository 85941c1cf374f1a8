package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What one inspection run looks at: a namespace (or all) seen as one subject. Each kind is listed once per
 * run and shared by every analyzer, never fetched per object.
 */
public final class InspectionScope {

    private final ClusterAccess cluster;
    private final Subject subject;
    private final String namespace;
    private final Instant now;
    private final Map<Class<?>, List<?>> lists = new ConcurrentHashMap<>();
    private final Map<Class<?>, Map<String, List<?>>> byNamespace = new ConcurrentHashMap<>();
    private final Map<String, Optional<List<? extends HasMetadata>>> elsewhere = new ConcurrentHashMap<>();
    private final Map<String, Object> derived = new ConcurrentHashMap<>();

    public InspectionScope(ClusterAccess cluster, Subject subject, String namespace, Instant now) {
        this.cluster = cluster;
        this.subject = subject;
        this.namespace = namespace;
        this.now = now;
    }

    /** The namespace inspected, or null for all namespaces. */
    public String namespace() {
        return namespace;
    }

    public Instant now() {
        return now;
    }

    public List<Pod> pods() {
        return list(Pod.class);
    }

    public List<Event> events() {
        return list(Event.class);
    }

    /**
     * Every object of one kind in the scope, listed once per run. Cluster-scoped kinds are listed whole;
     * namespaced kinds in the inspected namespace, or in all.
     */
    @SuppressWarnings("unchecked")
    public <T extends HasMetadata> List<T> list(Class<T> type) {
        return (List<T>) lists.computeIfAbsent(type, t -> List.copyOf(cluster.as(subject, client -> {
            var resources = client.resources(type);
            try {
                if (!Namespaced.class.isAssignableFrom(type)) {
                    return resources.list().getItems();
                }
                return namespace == null ? resources.inAnyNamespace().list().getItems()
                        : resources.inNamespace(namespace).list().getItems();
            } catch (KubernetesClientException e) {
                if (e.getCode() == 404) {
                    return List.<T>of(); // the cluster does not serve this kind (e.g. no Gateway API CRDs)
                }
                throw e;
            }
        })));
    }

    /** Objects of {@code type} in {@code ns}, from the scope's one list, indexed by namespace on first use. */
    @SuppressWarnings("unchecked")
    public <T extends HasMetadata> List<T> in(Class<T> type, String ns) {
        Map<String, List<?>> index = byNamespace.computeIfAbsent(type, t -> Map.copyOf(list(type).stream()
                .collect(Collectors.groupingBy(o -> Objects.toString(o.getMetadata().getNamespace(), "")))));
        return (List<T>) index.getOrDefault(Objects.toString(ns, ""), List.of());
    }

    /** A value derived from the lists (e.g. the pod templates by owner), computed once per run and shared. */
    @SuppressWarnings("unchecked")
    <T> T derived(String key, Supplier<T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.get();
            derived.putIfAbsent(key, value);
        }
        return (T) value;
    }

    /** A read the typed lists do not cover (custom resources), as the scope's subject, done once per run and shared. */
    <T> T once(String key, Function<KubernetesClient, T> read) {
        return derived(key, () -> cluster.as(subject, read));
    }

    /**
     * Objects of {@code type} in {@code ns}, also when {@code ns} lies outside the inspected namespace (a route's
     * Gateway, a backend in another namespace); empty when the person may not list them there, so that a check
     * can tell "absent" from "not visible".
     */
    @SuppressWarnings("unchecked")
    public <T extends HasMetadata> Optional<List<T>> readableIn(Class<T> type, String ns) {
        if (namespace == null || namespace.equals(ns)) {
            return Optional.of(in(type, ns));
        }
        Optional<?> objects = elsewhere.computeIfAbsent(type.getName() + "/" + ns, k -> readable(() ->
                List.copyOf(cluster.as(subject, client -> client.resources(type).inNamespace(ns).list().getItems()))).map(l -> l));
        return (Optional<List<T>>) objects;
    }

    /** Every object of a cluster-scoped kind, or empty when the person may not list it. */
    public <T extends HasMetadata> Optional<List<T>> readable(Class<T> type) {
        return readable(() -> list(type));
    }

    private static <T> Optional<List<T>> readable(Supplier<List<T>> read) {
        try {
            return Optional.of(read.get());
        } catch (KubernetesClientException e) {
            return switch (e.getCode()) {
                case 403 -> Optional.empty();
                case 404 -> Optional.of(List.of()); // the kind is not served: nothing of it exists
                default -> throw e;
            };
        }
    }
}
