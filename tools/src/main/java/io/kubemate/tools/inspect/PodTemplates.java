package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The pod specs people write, one per owning workload: Deployments, StatefulSets, DaemonSets, CronJobs, Jobs and
 * ReplicaSets nobody owns, and pods nobody owns. A pod is resolved to its top owner (pod → ReplicaSet →
 * Deployment, pod → Job → CronJob); one whose owner is of a kind not listed here (an operator's) stands for
 * that owner, once. Static pods are left out. Checks on specs look here so that a Deployment with 50 replicas gives one finding, not 50.
 */
final class PodTemplates {

    record Template(HasMetadata owner, PodSpec spec) {
    }

    private PodTemplates() {
    }

    static List<Template> of(InspectionScope scope) {
        return scope.derived("pod-templates", () -> compute(scope));
    }

    private static List<Template> compute(InspectionScope scope) {
        Map<String, Template> byOwner = new LinkedHashMap<>();
        scope.list(Deployment.class).forEach(d -> add(byOwner, d, d.getSpec() == null || d.getSpec().getTemplate() == null
                ? null : d.getSpec().getTemplate().getSpec()));
        scope.list(StatefulSet.class).forEach(s -> add(byOwner, s, s.getSpec() == null || s.getSpec().getTemplate() == null
                ? null : s.getSpec().getTemplate().getSpec()));
        scope.list(DaemonSet.class).forEach(ds -> add(byOwner, ds, ds.getSpec() == null || ds.getSpec().getTemplate() == null
                ? null : ds.getSpec().getTemplate().getSpec()));
        scope.list(CronJob.class).forEach(cj -> add(byOwner, cj, cj.getSpec() == null || cj.getSpec().getJobTemplate() == null
                || cj.getSpec().getJobTemplate().getSpec() == null || cj.getSpec().getJobTemplate().getSpec().getTemplate() == null
                ? null : cj.getSpec().getJobTemplate().getSpec().getTemplate().getSpec()));
        scope.list(Job.class).stream().filter(j -> controller(j).isEmpty()).forEach(j -> add(byOwner, j,
                j.getSpec() == null || j.getSpec().getTemplate() == null ? null : j.getSpec().getTemplate().getSpec()));
        scope.list(ReplicaSet.class).stream().filter(rs -> controller(rs).isEmpty()).forEach(rs -> add(byOwner, rs,
                rs.getSpec() == null || rs.getSpec().getTemplate() == null ? null : rs.getSpec().getTemplate().getSpec()));
        for (Pod pod : scope.pods()) {
            topOwner(scope, pod).filter(owner -> !byOwner.containsKey(key(owner))).ifPresent(owner -> add(byOwner, owner, pod.getSpec()));
        }
        return List.copyOf(byOwner.values());
    }

    /**
     * The workload a pod belongs to, the pod itself when nobody owns it, or none for a static pod (its kubelet
     * mirrors a manifest on the node: the control plane's, not a workload people write here).
     */
    static Optional<HasMetadata> topOwner(InspectionScope scope, Pod pod) {
        Optional<OwnerReference> ref = controller(pod);
        if (ref.isEmpty()) {
            return Optional.of(pod);
        }
        String ns = pod.getMetadata().getNamespace();
        OwnerReference owner = ref.get();
        return switch (owner.getKind()) {
            case "ReplicaSet" -> Optional.of(parentOf(scope, ReplicaSet.class, ns, owner, Deployment.class));
            case "Job" -> Optional.of(parentOf(scope, Job.class, ns, owner, CronJob.class));
            case "Node" -> Optional.empty();
            default -> Optional.of(reference(owner, ns));
        };
    }

    /**
     * The owner of a pod's ReplicaSet or Job. When that middle object is not in the listing (a partial snapshot),
     * its parent is found by the name the controllers give it: {@code <deployment>-<hash>}, {@code <cronjob>-<time>}.
     */
    private static <M extends HasMetadata, P extends HasMetadata> HasMetadata parentOf(InspectionScope scope, Class<M> middleType,
                                                                                     String ns, OwnerReference middle,
                                                                                     Class<P> parentType) {
        Optional<M> listed = named(scope, middleType, ns, middle.getName());
        if (listed.isPresent()) {
            return controller(listed.get()).map(p -> (HasMetadata) reference(p, ns)).orElse(listed.get());
        }
        int dash = middle.getName().lastIndexOf('-');
        String parentName = dash > 0 ? middle.getName().substring(0, dash) : null;
        return named(scope, parentType, ns, parentName)
                .map(p -> (HasMetadata) p)
                .orElseGet(() -> reference(middle, ns));
    }

    /** One object by namespace and name, from a per-run index (a pod's owner is looked up for every pod). */
    private static <T extends HasMetadata> Optional<T> named(InspectionScope scope, Class<T> type, String ns, String name) {
        Map<String, T> index = scope.derived("by-name/" + type.getName(), () -> scope.list(type).stream().collect(
                Collectors.toMap(o -> o.getMetadata().getNamespace() + "/" + o.getMetadata().getName(), o -> o, (a, b) -> a)));
        return Optional.ofNullable(index.get(ns + "/" + name));
    }

    private static Optional<OwnerReference> controller(HasMetadata object) {
        List<OwnerReference> refs = object.getMetadata().getOwnerReferences();
        if (refs == null || refs.isEmpty()) {
            return Optional.empty();
        }
        return refs.stream().filter(r -> Boolean.TRUE.equals(r.getController())).findFirst().or(() -> Optional.of(refs.getFirst()));
    }

    private static HasMetadata reference(OwnerReference ref, String ns) {
        return new GenericKubernetesResourceBuilder().withApiVersion(ref.getApiVersion()).withKind(ref.getKind())
                .withNewMetadata().withNamespace(ns).withName(ref.getName()).endMetadata().build();
    }

    private static String key(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
    }

    private static void add(Map<String, Template> byOwner, HasMetadata owner, PodSpec spec) {
        if (spec != null) {
            byOwner.putIfAbsent(key(owner), new Template(owner, spec));
        }
    }
}
