package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayClass;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Gateway API: GatewayClasses not accepted; Gateways not accepted or programmed; HTTPRoutes with missing parents or backends, or not accepted. */
@Singleton
public final class GatewayRouteInspection implements Inspection {

    @Override
    public String id() {
        return "gateway";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        List<Finding> findings = new ArrayList<>(PerObject.check(id(), scope.list(Gateway.class), gw -> gw.getStatus() == null
                ? List.of() : falseConditions(gw.getStatus().getConditions()).stream()
                .map(c -> Finding.on(gw, Severity.CRITICAL, "gateway-not-ready", c.getType() + " is False (" + c.getReason() + ")",
                        List.of(String.valueOf(c.getMessage())), RunbookIds.INGRESS))
                .toList()));
        findings.addAll(PerObject.check(id(), scope.list(GatewayClass.class), gc -> gc.getStatus() == null
                ? List.of() : falseConditions(gc.getStatus().getConditions()).stream()
                .filter(c -> "Accepted".equals(c.getType()))
                .map(c -> Finding.on(gc, Severity.CRITICAL, "gatewayclass-not-accepted", "not accepted by its controller ("
                        + c.getReason() + ")", List.of(String.valueOf(c.getMessage())), RunbookIds.INGRESS))
                .toList()));
        findings.addAll(PerObject.check(id(), scope.list(HTTPRoute.class), route -> route(scope, route)));
        return findings;
    }

    private List<Finding> route(InspectionScope scope, HTTPRoute route) {
        List<Finding> findings = new ArrayList<>();
        String ns = route.getMetadata().getNamespace();
        if (route.getSpec().getParentRefs() != null) {
            route.getSpec().getParentRefs().stream()
                    .filter(p -> p.getKind() == null || "Gateway".equals(p.getKind()))
                    .filter(p -> scope.list(Gateway.class).stream().noneMatch(gw -> gw.getMetadata().getName().equals(p.getName())
                            && gw.getMetadata().getNamespace().equals(p.getNamespace() == null ? ns : p.getNamespace())))
                    .forEach(p -> findings.add(Finding.on(route, Severity.CRITICAL, "httproute-parent",
                            "attaches to missing Gateway " + (p.getNamespace() == null ? ns : p.getNamespace()) + "/" + p.getName(),
                            List.of("parentRefs " + p.getName()), RunbookIds.INGRESS)));
        }
        if (route.getSpec().getRules() != null) {
            route.getSpec().getRules().stream().filter(r -> r.getBackendRefs() != null).flatMap(r -> r.getBackendRefs().stream())
                    .filter(b -> b.getKind() == null || "Service".equals(b.getKind()))
                    .filter(b -> scope.in(Service.class, b.getNamespace() == null ? ns : b.getNamespace()).stream()
                            .noneMatch(s -> s.getMetadata().getName().equals(b.getName())))
                    .forEach(b -> findings.add(Finding.on(route, Severity.CRITICAL, "httproute-backend",
                            "routes to missing Service " + b.getName(), List.of("backendRefs " + b.getName()), RunbookIds.INGRESS)));
        }
        if (route.getStatus() != null && route.getStatus().getParents() != null) {
            route.getStatus().getParents().stream()
                    .flatMap(p -> falseConditions(p.getConditions()).stream())
                    .filter(c -> Objects.equals("Accepted", c.getType()) || Objects.equals("ResolvedRefs", c.getType()))
                    .forEach(c -> findings.add(Finding.on(route, Severity.CRITICAL, "httproute-not-accepted",
                            c.getType() + " is False (" + c.getReason() + ")", List.of(String.valueOf(c.getMessage())), RunbookIds.INGRESS)));
        }
        return findings;
    }

    private static List<Condition> falseConditions(List<Condition> conditions) {
        return conditions == null ? List.of() : conditions.stream().filter(c -> "False".equals(c.getStatus())).toList();
    }
}
