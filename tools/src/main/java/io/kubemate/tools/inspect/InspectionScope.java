package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one inspection run looks at: a namespace (or all) seen as one subject. Each kind is listed once per
 * run and shared by every analyzer, never fetched per object.
 */
public final class InspectionScope {

    private final ClusterAccess cluster;
    private final Subject subject;
    private final String namespace;
    private final Instant now;
    private final Map<String, List<?>> lists = new ConcurrentHashMap<>();

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
        return list("pods", client -> namespace == null
                ? client.pods().inAnyNamespace().list().getItems()
                : client.pods().inNamespace(namespace).list().getItems());
    }

    public List<Event> events() {
        return list("events", client -> namespace == null
                ? client.v1().events().inAnyNamespace().list().getItems()
                : client.v1().events().inNamespace(namespace).list().getItems());
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(String key, Function<KubernetesClient, List<T>> fetch) {
        return (List<T>) lists.computeIfAbsent(key, k -> List.copyOf(cluster.as(subject, fetch)));
    }
}
