package io.kubemate.tools.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.kubemate.tools.canary.Canary;
import io.kubemate.tools.canary.CanaryObjects;
import io.kubemate.tools.pipeline.PipelineRunInfo;
import io.kubemate.tools.pipeline.TektonObjects;
import io.kubemate.tools.scope.NamespaceScope;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the objects a person means by a name they typed: exact matches first, then names that start with
 * it. Workloads are preferred over pods, so "payment-api" means the Deployment, not one of its pods.
 */
@Singleton
public final class NameResolver {

    private static final List<ResourceKind> WORKLOAD_KINDS =
            List.of(ResourceKind.DEPLOYMENT, ResourceKind.STATEFULSET, ResourceKind.DAEMONSET, ResourceKind.CRONJOB);

    private static final List<List<ResourceKind>> DIAGNOSABLE = List.of(
            List.of(ResourceKind.DEPLOYMENT, ResourceKind.STATEFULSET, ResourceKind.DAEMONSET, ResourceKind.CRONJOB, ResourceKind.JOB),
            List.of(ResourceKind.SERVICE), List.of(ResourceKind.PVC), List.of(ResourceKind.POD), List.of(ResourceKind.NODE));

    private final ClusterAccess cluster;

    public NameResolver(ClusterAccess cluster) {
        this.cluster = cluster;
    }

    /** Workloads named {@code name} (or starting with it when none is exact), in {@code namespace} or anywhere. */
    public List<ObjectRef> workloads(Subject subject, String name, String namespace) {
        return cluster.as(subject, client -> best(name, WORKLOAD_KINDS.stream()
                .flatMap(kind -> refs(client, kind, namespace).stream()).toList()));
    }

    public List<ObjectRef> pods(Subject subject, String name, String namespace) {
        return cluster.as(subject, client -> best(name, refs(client, ResourceKind.POD, namespace)));
    }

    /** Workloads first; pods only when no workload matches. */
    public List<ObjectRef> workloadOrPod(Subject subject, String name, String namespace) {
        List<ObjectRef> workloads = workloads(subject, name, namespace);
        return workloads.isEmpty() ? pods(subject, name, namespace) : workloads;
    }

    /**
     * What {@code diagnose} can look at, named {@code name}: an exact name wins over a prefix, and among equals
     * workloads and jobs come before Services, claims, pods and nodes, so "payment-api" is the Deployment even when
     * its Service has the same name. Kinds the caller may not list are skipped.
     */
    public List<ObjectRef> diagnosable(Subject subject, String name, String namespace) {
        List<ObjectRef> all = diagnosableObjects(subject, namespace);
        List<List<ObjectRef>> groups = DIAGNOSABLE.stream().map(kinds -> all.stream().filter(r -> kinds.contains(r.kind())).toList()).toList();
        String wanted = name.toLowerCase(Locale.ROOT);
        for (List<ObjectRef> group : groups) {
            List<ObjectRef> exact = group.stream().filter(r -> r.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
            if (!exact.isEmpty()) {
                return exact;
            }
        }
        return groups.stream().map(group -> best(name, group)).filter(found -> !found.isEmpty()).findFirst().orElse(List.of());
    }

    /** Every object {@code diagnose} can look at, in {@code namespace} (or anywhere) plus the nodes, as far as the caller may list them. */
    public List<ObjectRef> diagnosableObjects(Subject subject, String namespace) {
        return cluster.as(subject, client -> DIAGNOSABLE.stream().flatMap(List::stream)
                .flatMap(kind -> listable(client, kind, namespace).stream()).toList());
    }

    /** Node names equal to {@code name}, else starting with it. */
    public List<String> nodes(Subject subject, String name) {
        return cluster.as(subject, client -> best(name, refs(client, ResourceKind.NODE, null))).stream()
                .map(ObjectRef::name).toList();
    }

    public List<String> namespaces(Subject subject) {
        return cluster.as(subject, client -> client.namespaces().list().getItems().stream()
                .map(ns -> ns.getMetadata().getName()).sorted().toList());
    }

    /** The canaries (TrafficSplits, weighted HTTPRoutes) the subject may list in every namespace; none when it may not. */
    public List<Canary> canaries(Subject subject) {
        return cluster.as(subject, client -> {
            try {
                return CanaryObjects.read(client, null);
            } catch (KubernetesClientException e) {
                if (e.getCode() == 403) {
                    return List.<Canary>of();
                }
                throw e;
            }
        });
    }

    /**
     * Where Tekton PipelineRuns or pipelines (by their runs' label) named {@code name} are, as {@code namespace/name},
     * among the runs the person may list; a run's own name wins over a pipeline's.
     */
    public List<String> pipelineRuns(Subject subject, String name, String namespace) {
        List<PipelineRunInfo> runs = pipelineRunsOf(subject, namespace);
        List<String> named = runs.stream().filter(r -> r.name().equals(name)).map(r -> r.namespace() + "/" + r.name()).distinct().toList();
        return !named.isEmpty() ? named : runs.stream().filter(r -> r.pipeline().equals(name)).map(r -> r.namespace() + "/" + r.pipeline())
                .distinct().sorted().toList();
    }

    /** The names of the pipelines and PipelineRuns the person may list, for finding them in a message. */
    public Set<String> pipelineNames(Subject subject) {
        Set<String> names = new HashSet<>();
        pipelineRunsOf(subject, null).forEach(r -> {
            names.add(r.pipeline());
            names.add(r.name());
        });
        return names;
    }

    private List<PipelineRunInfo> pipelineRunsOf(Subject subject, String namespace) {
        if (namespace != null && KubeNames.problem(Map.of("namespace", namespace)).isPresent()) {
            return List.of();
        }
        try {
            return cluster.as(subject, client -> TektonObjects.pipelineRuns(client, namespace, NamespaceScope.only(Set.of())));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403) {
                return List.of();
            }
            throw e;
        }
    }

    private static List<ObjectRef> listable(KubernetesClient client, ResourceKind kind, String namespace) {
        try {
            return refs(client, kind, kind.namespaced() ? namespace : null);
        } catch (KubernetesClientException e) {
            if (e.getCode() == 403) {
                return List.of();
            }
            throw e;
        }
    }

    private static List<ObjectRef> refs(KubernetesClient client, ResourceKind kind, String namespace) {
        if (namespace != null && KubeNames.problem(Map.of("namespace", namespace)).isPresent()) {
            return List.of();
        }
        var resources = client.resources(kind.type());
        List<? extends HasMetadata> items = namespace == null
                ? resources.inAnyNamespace().list().getItems()
                : resources.inNamespace(namespace).list().getItems();
        Function<HasMetadata, ObjectRef> toRef = o -> new ObjectRef(kind, o.getMetadata().getNamespace(), o.getMetadata().getName());
        return items.stream().map(toRef).toList();
    }

    private static List<ObjectRef> best(String name, List<ObjectRef> candidates) {
        String wanted = name.toLowerCase(Locale.ROOT);
        List<ObjectRef> exact = new ArrayList<>();
        List<ObjectRef> prefix = new ArrayList<>();
        for (ObjectRef ref : candidates) {
            String candidate = ref.name().toLowerCase(Locale.ROOT);
            if (candidate.equals(wanted)) {
                exact.add(ref);
            } else if (candidate.startsWith(wanted)) {
                prefix.add(ref);
            }
        }
        return exact.isEmpty() ? prefix : exact;
    }
}
