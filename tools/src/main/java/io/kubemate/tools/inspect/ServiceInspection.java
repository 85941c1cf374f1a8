package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Services whose selector matches no ready pod: no endpoints at all, or only not-ready ones. Not flagged when that
 * is intended: ExternalName, no selector, Endpoints that serve as a leader-election lock, and Services of
 * workloads scaled to 0 (the headless Service of a parked StatefulSet).
 */
@Singleton
public final class ServiceInspection implements Inspection {

    static final String LEADER_LOCK = "control-plane.alpha.kubernetes.io/leader";

    @Override
    public String id() {
        return "service";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(Service.class), svc -> check(scope, svc));
    }

    private List<Finding> check(InspectionScope scope, Service svc) {
        List<Finding> findings = new ArrayList<>(endpointState(scope, svc));
        List<String> warnings = scope.in(Event.class, svc.getMetadata().getNamespace()).stream()
                .filter(e -> "Warning".equals(e.getType()) && e.getInvolvedObject() != null
                        && svc.getMetadata().getName().equals(e.getInvolvedObject().getName())
                        && ("Service".equals(e.getInvolvedObject().getKind()) || "Endpoints".equals(e.getInvolvedObject().getKind())))
                .map(e -> e.getReason() + ": " + e.getMessage()).distinct().limit(3).toList();
        if (!warnings.isEmpty()) {
            findings.add(Finding.on(svc, Severity.WARNING, "service-events", Reason.of("finding.service-events", warnings.getFirst()), warnings,
                    RunbookIds.SERVICE_UNREACHABLE));
        }
        return findings;
    }

    private List<Finding> endpointState(InspectionScope scope, Service svc) {
        if ("ExternalName".equals(svc.getSpec().getType()) || svc.getSpec().getSelector() == null
                || svc.getSpec().getSelector().isEmpty()) {
            return List.of();
        }
        Optional<Endpoints> endpoints = scope.in(Endpoints.class, svc.getMetadata().getNamespace()).stream()
                .filter(e -> e.getMetadata().getName().equals(svc.getMetadata().getName())).findFirst();
        if (endpoints.map(e -> e.getMetadata().getAnnotations() != null && e.getMetadata().getAnnotations().containsKey(LEADER_LOCK))
                .orElse(false)) {
            return List.of(); // the Endpoints object is a leader-election lock, not a list of backends
        }
        List<EndpointSubset> subsets = endpoints.map(Endpoints::getSubsets).orElse(List.of());
        long ready = subsets.stream().mapToLong(s -> s.getAddresses() == null ? 0 : s.getAddresses().size()).sum();
        long notReady = subsets.stream().mapToLong(s -> s.getNotReadyAddresses() == null ? 0 : s.getNotReadyAddresses().size()).sum();
        String selector = "selector " + svc.getSpec().getSelector();
        long matchingPods = scope.in(Pod.class, svc.getMetadata().getNamespace()).stream()
                .filter(p -> Selectors.matches(svc.getSpec().getSelector(), p.getMetadata().getLabels())).count();
        if (ready == 0 && notReady == 0 && matchingPods == 0
                && ScaledToZero.selected(scope, svc.getMetadata().getNamespace(), labels -> Selectors.matches(svc.getSpec().getSelector(), labels))) {
            return List.of();
        }
        if (ready == 0 && notReady == 0) {
            return List.of(Finding.on(svc, Severity.CRITICAL, "service-no-endpoints",
                    matchingPods == 0 ? Reason.of("finding.service-no-endpoints.no-pods") : Reason.of("finding.service-no-endpoints.none-ready", matchingPods),
                    List.of(selector, matchingPods + " pods match"), RunbookIds.SERVICE_UNREACHABLE));
        }
        if (ready == 0) {
            return List.of(Finding.on(svc, Severity.CRITICAL, "service-not-ready",
                    Reason.of("finding.service-none-ready", notReady), List.of(selector), RunbookIds.READINESS));
        }
        if (notReady > 0) {
            return List.of(Finding.on(svc, Severity.WARNING, "service-not-ready",
                    Reason.of("finding.service-some-not-ready", notReady, ready + notReady), List.of(selector), RunbookIds.READINESS));
        }
        return List.of();
    }
}
