package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** HPAs stuck at their maximum, unable to scale, aiming at a missing target, or scaling on unset requests. */
@Singleton
public final class HorizontalPodAutoscalerInspection implements Inspection {

    static final java.util.Set<String> SCALABLE = java.util.Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");

    @Override
    public String id() {
        return "hpa";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(HorizontalPodAutoscaler.class), hpa -> check(scope, hpa));
    }

    private List<Finding> check(InspectionScope scope, HorizontalPodAutoscaler hpa) {
        List<Finding> findings = new ArrayList<>();
        var target = hpa.getSpec().getScaleTargetRef();
        if (!SCALABLE.contains(target.getKind())) {
            return List.of(Finding.on(hpa, Severity.WARNING, "hpa-target-kind", Reason.of("finding.hpa-target-kind", target.getKind()), List.of("scaleTargetRef " + target.getKind() + "/" + target.getName()), RunbookIds.HPA));
        }
        Optional<List<Container>> containers = containersOf(scope, hpa.getMetadata().getNamespace(), target.getKind(), target.getName());
        if (containers.isEmpty()) {
            findings.add(Finding.on(hpa, Severity.CRITICAL, "hpa-target", Reason.of("finding.hpa-target", target.getKind(), target.getName()),
                    List.of("scaleTargetRef " + target.getKind() + "/" + target.getName()), RunbookIds.HPA));
        } else if (hpa.getSpec().getMetrics() != null) {
            hpa.getSpec().getMetrics().stream().filter(m -> m.getResource() != null).map(m -> m.getResource().getName()).distinct()
                    .filter(resource -> containers.get().stream().anyMatch(c -> c.getResources() == null
                            || c.getResources().getRequests() == null || !c.getResources().getRequests().containsKey(resource)))
                    .forEach(resource -> findings.add(Finding.on(hpa, Severity.WARNING, "hpa-requests",
                            Reason.of("finding.hpa-requests", resource, target.getName()),
                            List.of("metric " + resource), RunbookIds.HPA)));
        }
        if (hpa.getStatus() != null && hpa.getStatus().getConditions() != null) {
            hpa.getStatus().getConditions().forEach(c -> {
                if ("ScalingLimited".equals(c.getType()) && "True".equals(c.getStatus())
                        && Integer.valueOf(hpa.getSpec().getMaxReplicas()).equals(hpa.getStatus().getCurrentReplicas())) {
                    findings.add(Finding.on(hpa, Severity.WARNING, "hpa-at-max",
                            Reason.of("finding.hpa-at-max", hpa.getSpec().getMaxReplicas()), List.of(c.getReason() + ": " + c.getMessage()), RunbookIds.HPA));
                } else if (("AbleToScale".equals(c.getType()) || "ScalingActive".equals(c.getType())) && "False".equals(c.getStatus())) {
                    findings.add(Finding.on(hpa, Severity.WARNING, "hpa-cannot-scale", Reason.of("finding.condition-false", c.getType(), c.getReason()),
                            List.of(String.valueOf(c.getMessage())), RunbookIds.HPA));
                }
            });
        }
        return findings;
    }

    private static Optional<List<Container>> containersOf(InspectionScope scope, String ns, String kind, String name) {
        Class<? extends HasMetadata> type = switch (kind) {
            case "StatefulSet" -> StatefulSet.class;
            case "Deployment" -> Deployment.class;
            case "ReplicaSet" -> ReplicaSet.class;
            default -> null;
        };
        if (type == null) {
            return Optional.of(List.of());
        }
        return scope.in(type, ns).stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .map(o -> switch (o) {
                    case Deployment d -> d.getSpec().getTemplate().getSpec().getContainers();
                    case StatefulSet s -> s.getSpec().getTemplate().getSpec().getContainers();
                    case ReplicaSet rs -> rs.getSpec().getTemplate().getSpec().getContainers();
                    default -> List.<Container>of();
                });
    }
}
