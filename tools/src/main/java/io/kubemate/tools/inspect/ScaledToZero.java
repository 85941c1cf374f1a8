package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Workloads scaled to 0 on purpose (a StatefulSet parked for a freeze, a Deployment KEDA scaled to zero): the
 * Services and PDBs that select their pods match nothing, and that is no fault.
 */
final class ScaledToZero {

    private record Workload(Integer replicas, PodTemplateSpec template) {
    }

    private ScaledToZero() {
    }

    /**
     * Whether every Deployment or StatefulSet in {@code ns} whose pod template {@code selects} matches is scaled
     * to 0, and there is at least one.
     */
    static boolean selected(InspectionScope scope, String ns, Predicate<Map<String, String>> selects) {
        List<Workload> matching = Stream.concat(
                        scope.in(Deployment.class, ns).stream().filter(d -> d.getSpec() != null)
                                .map(d -> new Workload(d.getSpec().getReplicas(), d.getSpec().getTemplate())),
                        scope.in(StatefulSet.class, ns).stream().filter(s -> s.getSpec() != null)
                                .map(s -> new Workload(s.getSpec().getReplicas(), s.getSpec().getTemplate())))
                .filter(w -> w.template() != null && w.template().getMetadata() != null && w.template().getMetadata().getLabels() != null
                        && selects.test(w.template().getMetadata().getLabels()))
                .toList();
        return !matching.isEmpty() && matching.stream().allMatch(w -> Integer.valueOf(0).equals(w.replicas()));
    }
}
