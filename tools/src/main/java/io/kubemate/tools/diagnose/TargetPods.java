package io.kubemate.tools.diagnose;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.kubemate.tools.kube.ObjectRef;
import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.scope.NamespaceScope;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds, for each kind {@code diagnose} knows, the object, the controllers in between and the pods that serve it:
 * a workload's pods by its selector (and a Deployment's ReplicaSets), a CronJob's latest failed Job (else its latest)
 * and that Job's pods, a Service's selected pods, the pods that mount a claim, the pods on a node.
 */
public final class TargetPods {

    private TargetPods() {
    }

    public static Optional<Gathered> gather(ClusterView view, ObjectRef ref, NamespaceScope readable) {
        if (ref.kind() == ResourceKind.NODE) {
            return view.clusterWide(Node.class).stream().filter(n -> n.getMetadata().getName().equals(ref.name())).findFirst()
                    .map(node -> new Gathered(node, List.of(), view.namespaced(Pod.class).stream()
                            .filter(p -> readable.allows(p.getMetadata().getNamespace()))
                            .filter(p -> p.getSpec() != null && ref.name().equals(p.getSpec().getNodeName())).toList()));
        }
        Optional<? extends HasMetadata> found = view.namespaced(ref.kind().type()).stream()
                .filter(o -> o.getMetadata().getName().equals(ref.name())).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HasMetadata object = found.get();
        List<Pod> pods = view.namespaced(Pod.class);
        return Optional.of(switch (object) {
            case Pod pod -> new Gathered(pod, List.of(), List.of(pod));
            case Deployment d -> new Gathered(d, replicaSets(view, d), selected(pods, d.getSpec() == null ? null : d.getSpec().getSelector()));
            case StatefulSet s -> new Gathered(s, List.of(), selected(pods, s.getSpec() == null ? null : s.getSpec().getSelector()));
            case DaemonSet ds -> new Gathered(ds, List.of(), selected(pods, ds.getSpec() == null ? null : ds.getSpec().getSelector()));
            case Job job -> new Gathered(job, List.of(job), podsOfJob(pods, job));
            case CronJob cron -> latestJob(view, cron).map(job -> new Gathered(cron, List.of(job), podsOfJob(pods, job)))
                    .orElseGet(() -> new Gathered(cron, List.of(), List.of()));
            case Service svc -> new Gathered(svc, List.of(), svc.getSpec() == null ? List.of()
                    : pods.stream().filter(p -> Labels.matches(svc.getSpec().getSelector(), Labels.of(p))).toList());
            case PersistentVolumeClaim pvc -> new Gathered(pvc, List.of(), pods.stream().filter(p -> mounts(p, pvc.getMetadata().getName())).toList());
            default -> new Gathered(object, List.of(), List.of());
        });
    }

    private static List<Pod> selected(List<Pod> pods, LabelSelector selector) {
        if (selector == null || (selector.getMatchLabels() == null && selector.getMatchExpressions() == null)) {
            return List.of();
        }
        return pods.stream().filter(p -> Labels.matches(selector, Labels.of(p))).toList();
    }

    private static List<HasMetadata> replicaSets(ClusterView view, Deployment d) {
        return view.namespaced(ReplicaSet.class).stream().filter(owned(d.getMetadata().getName())).map(HasMetadata.class::cast).toList();
    }

    static List<Pod> podsOfJob(List<Pod> pods, Job job) {
        String name = job.getMetadata().getName();
        return pods.stream().filter(p -> owned(name).test(p)
                || name.equals(Labels.of(p).get("job-name")) || name.equals(Labels.of(p).get("batch.kubernetes.io/job-name"))).toList();
    }

    /** The latest Job that failed, else the latest one: that is the run people ask about. */
    static Optional<Job> latestJob(ClusterView view, CronJob cron) {
        List<Job> jobs = view.namespaced(Job.class).stream().filter(owned(cron.getMetadata().getName())).toList();
        Comparator<Job> newest = Comparator.comparing((Job j) -> Objects.toString(j.getMetadata().getCreationTimestamp(), ""))
                .thenComparing(j -> j.getMetadata().getName());
        Optional<Job> failed = jobs.stream().filter(JobState::failed).max(newest);
        return failed.or(() -> jobs.stream().max(newest));
    }

    private static Predicate<HasMetadata> owned(String owner) {
        return o -> o.getMetadata().getOwnerReferences() != null
                && o.getMetadata().getOwnerReferences().stream().map(OwnerReference::getName).anyMatch(owner::equals);
    }

    private static boolean mounts(Pod pod, String claim) {
        return pod.getSpec() != null && pod.getSpec().getVolumes() != null && pod.getSpec().getVolumes().stream()
                .anyMatch(v -> v.getPersistentVolumeClaim() != null && claim.equals(v.getPersistentVolumeClaim().getClaimName()));
    }
}
