package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayClass;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gateway API: GatewayClasses no controller accepted; Gateways not accepted or programmed, or naming a class that
 * does not exist; HTTPRoutes whose Gateway is missing or does not admit them, whose backend Service or port is
 * missing, or that their controller did not accept. Objects in namespaces the person cannot read are not judged.
 */
@Singleton
public final class GatewayRouteInspection implements Inspection {

    @Override
    public String id() {
        return "gateway";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        Optional<List<GatewayClass>> classes = scope.readable(GatewayClass.class);
        List<Finding> findings = new ArrayList<>(PerObject.check(id(), classes.orElse(List.of()), GatewayRouteInspection::gatewayClass));
        findings.addAll(PerObject.check(id(), scope.list(Gateway.class), gw -> gateway(classes, gw)));
        findings.addAll(PerObject.check(id(), scope.list(HTTPRoute.class), route -> route(scope, route)));
        return findings;
    }

    private static List<Finding> gatewayClass(GatewayClass gc) {
        return accepted(gc.getStatus() == null ? null : gc.getStatus().getConditions())
                .map(c -> Finding.on(gc, Severity.CRITICAL, "gatewayclass-not-accepted", "Unknown".equals(c.getStatus())
                                ? Reason.of("finding.gatewayclass-unclaimed", gc.getSpec().getControllerName())
                                : Reason.of("finding.gatewayclass-not-accepted", c.getReason()),
                        List.of(evidence(c)), RunbookIds.INGRESS))
                .map(List::of).orElse(List.of());
    }

    private static List<Finding> gateway(Optional<List<GatewayClass>> classes, Gateway gw) {
        String className = gw.getSpec().getGatewayClassName();
        if (classes.isPresent() && classes.get().stream().noneMatch(c -> c.getMetadata().getName().equals(className))) {
            return List.of(Finding.on(gw, Severity.CRITICAL, "gateway-class-missing",
                    Reason.of("finding.gateway-class-missing", className),
                    List.of("gatewayClassName " + className), RunbookIds.INGRESS));
        }
        List<Condition> conditions = gw.getStatus() == null || gw.getStatus().getConditions() == null ? List.of() : gw.getStatus().getConditions();
        List<Condition> bad = new ArrayList<>(accepted(conditions).stream().toList());
        conditions.stream().filter(c -> "False".equals(c.getStatus()) && !bad.contains(c)).forEach(bad::add);
        if (bad.isEmpty()) {
            return List.of();
        }
        Condition first = bad.getFirst();
        Reason problem = "Unknown".equals(first.getStatus())
                ? Reason.of("finding.gateway-unclaimed", className)
                : Reason.of("finding.condition-false", first.getType(), first.getReason());
        return List.of(Finding.on(gw, Severity.CRITICAL, "gateway-not-ready", problem,
                bad.stream().map(GatewayRouteInspection::evidence).toList(), RunbookIds.INGRESS));
    }

    private List<Finding> route(InspectionScope scope, HTTPRoute route) {
        Map<String, List<Reason>> problems = new LinkedHashMap<>();
        String ns = route.getMetadata().getNamespace();
        for (ParentReference p : route.getSpec().getParentRefs() == null ? List.<ParentReference>of() : route.getSpec().getParentRefs()) {
            if (!(p.getKind() == null || "Gateway".equals(p.getKind())) || !(p.getGroup() == null || RouteAdmission.GROUP.equals(p.getGroup()))) {
                continue;
            }
            String gwNs = p.getNamespace() == null ? ns : p.getNamespace();
            scope.readableIn(Gateway.class, gwNs).ifPresent(gateways -> gateways.stream()
                    .filter(gw -> gw.getMetadata().getName().equals(p.getName())).findFirst()
                    .ifPresentOrElse(
                            gw -> RouteAdmission.refusal(scope, gw, p, ns).ifPresent(why -> add(problems, "httproute-not-allowed",
                                    Reason.of("finding.httproute-not-allowed", why))),
                            () -> add(problems, "httproute-parent", Reason.of("finding.httproute-parent", gwNs + "/" + p.getName()))));
        }
        for (HTTPBackendRef b : backendRefs(route)) {
            if (!(b.getKind() == null || "Service".equals(b.getKind())) || !(b.getGroup() == null || b.getGroup().isEmpty())) {
                continue;
            }
            String svcNs = b.getNamespace() == null ? ns : b.getNamespace();
            scope.readableIn(Service.class, svcNs).ifPresent(services -> services.stream()
                    .filter(s -> s.getMetadata().getName().equals(b.getName())).findFirst()
                    .ifPresentOrElse(
                            svc -> missingPort(svc, b).ifPresent(why -> add(problems, "httproute-backend-port", why)),
                            () -> add(problems, "httproute-backend", Reason.of("finding.missing-service", b.getName()))));
        }
        if (route.getStatus() != null && route.getStatus().getParents() != null) {
            route.getStatus().getParents().stream()
                    .flatMap(p -> p.getConditions() == null ? Stream.<Condition>empty() : p.getConditions().stream())
                    .filter(c -> "False".equals(c.getStatus()))
                    .filter(c -> Objects.equals("Accepted", c.getType()) || Objects.equals("ResolvedRefs", c.getType()))
                    .forEach(c -> add(problems, "httproute-not-accepted",
                            Reason.of("finding.condition-false.message", c.getType(), c.getReason(), c.getMessage())));
        }
        List<Finding> findings = new ArrayList<>();
        problems.forEach((check, list) -> {
            Finding finding = Finding.on(route, Severity.CRITICAL, check, list.getFirst(), list.stream().map(Reason::english).toList(),
                    RunbookIds.INGRESS);
            findings.add(list.size() > 1 ? finding.and(Reason.of("finding.and-more", list.size() - 1)) : finding);
        });
        return findings;
    }

    private static List<HTTPBackendRef> backendRefs(HTTPRoute route) {
        return route.getSpec().getRules() == null ? List.of() : route.getSpec().getRules().stream()
                .filter(r -> r.getBackendRefs() != null).flatMap(r -> r.getBackendRefs().stream()).toList();
    }

    private static Optional<Reason> missingPort(Service svc, HTTPBackendRef b) {
        List<ServicePort> ports = svc.getSpec().getPorts() == null ? List.of() : svc.getSpec().getPorts();
        if (b.getPort() == null || "ExternalName".equals(svc.getSpec().getType()) || ports.stream().anyMatch(p -> b.getPort().equals(p.getPort()))) {
            return Optional.empty();
        }
        return Optional.of(ports.isEmpty() ? Reason.of("finding.httproute-backend-port.none", b.getPort(), b.getName())
                : Reason.of("finding.httproute-backend-port", b.getPort(), b.getName(), ports.stream().map(p -> String.valueOf(p.getPort())).distinct().toList()));
    }

    private static void add(Map<String, List<Reason>> problems, String check, Reason problem) {
        List<Reason> list = problems.computeIfAbsent(check, k -> new ArrayList<>());
        if (!list.contains(problem)) {
            list.add(problem);
        }
    }

    /** The Accepted condition when it is False, or Unknown (the API server's default until a controller acts). */
    private static Optional<Condition> accepted(List<Condition> conditions) {
        return conditions == null ? Optional.empty() : conditions.stream()
                .filter(c -> "Accepted".equals(c.getType()) && !"True".equals(c.getStatus())).findFirst();
    }

    private static String evidence(Condition c) {
        return c.getType() + "=" + c.getStatus() + " (" + c.getReason() + "): " + c.getMessage();
    }
}
