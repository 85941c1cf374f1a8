package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.AllowedRoutes;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.ParentReference;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a Gateway's listeners admit an HTTPRoute of a namespace, as the Gateway API defines it: the listener
 * named by {@code sectionName} (or any), its {@code allowedRoutes.kinds} (by default HTTPRoute on HTTP and
 * HTTPS listeners only) and {@code allowedRoutes.namespaces.from} ({@code Same} unless set).
 */
final class RouteAdmission {

    static final String GROUP = "gateway.networking.k8s.io";
    private static final Set<String> HTTP_PROTOCOLS = Set.of("HTTP", "HTTPS");

    private RouteAdmission() {
    }

    /** Why no listener admits the route, or empty when one does or when that cannot be told. */
    static Optional<String> refusal(InspectionScope scope, Gateway gw, ParentReference parent, String routeNamespace) {
        List<Listener> listeners = gw.getSpec().getListeners() == null ? List.of() : gw.getSpec().getListeners().stream()
                .filter(l -> parent.getSectionName() == null || parent.getSectionName().equals(l.getName()))
                .filter(l -> parent.getPort() == null || parent.getPort().equals(l.getPort()))
                .toList();
        String gateway = gw.getMetadata().getNamespace() + "/" + gw.getMetadata().getName();
        if (listeners.isEmpty()) {
            return Optional.of("Gateway " + gateway + " has no listener" + (parent.getSectionName() == null ? ""
                    : " named " + parent.getSectionName()) + (parent.getPort() == null ? "" : " on port " + parent.getPort()));
        }
        Optional<Map<String, String>> labels = namespaceLabels(scope, routeNamespace);
        List<String> refusals = listeners.stream().map(l -> listenerRefusal(l, gw, routeNamespace, labels)).toList();
        if (refusals.stream().anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return Optional.of("Gateway " + gateway + " does not admit it: " + String.join("; ", refusals));
    }

    /** Null when the listener admits the route (or when the namespace's labels cannot be read). */
    private static String listenerRefusal(Listener l, Gateway gw, String routeNamespace, Optional<Map<String, String>> labels) {
        AllowedRoutes allowed = l.getAllowedRoutes();
        var kinds = allowed == null || allowed.getKinds() == null ? null : allowed.getKinds();
        if (kinds != null && !kinds.isEmpty() ? kinds.stream().noneMatch(k -> "HTTPRoute".equals(k.getKind())
                && (k.getGroup() == null || GROUP.equals(k.getGroup()))) : !HTTP_PROTOCOLS.contains(l.getProtocol())) {
            return "listener " + l.getName() + " (" + l.getProtocol() + ") does not take HTTPRoutes";
        }
        var namespaces = allowed == null ? null : allowed.getNamespaces();
        String from = namespaces == null || namespaces.getFrom() == null ? "Same" : namespaces.getFrom();
        return switch (from) {
            case "All" -> null;
            case "Same" -> routeNamespace.equals(gw.getMetadata().getNamespace()) ? null
                    : "listener " + l.getName() + " admits routes of namespace " + gw.getMetadata().getNamespace() + " only";
            case "Selector" -> labels.isEmpty() || Selectors.matches(namespaces.getSelector(), labels.get()) ? null
                    : "listener " + l.getName() + " admits namespaces selected by " + Selectors.describe(namespaces.getSelector())
                    + ", and namespace " + routeNamespace + " does not match";
            default -> null;
        };
    }

    private static Optional<Map<String, String>> namespaceLabels(InspectionScope scope, String ns) {
        // the API server gives every namespace this label, so it holds even for a namespace not listed
        return scope.readable(Namespace.class).map(all -> all.stream()
                .filter(n -> ns.equals(n.getMetadata().getName()) && n.getMetadata().getLabels() != null)
                .map(n -> n.getMetadata().getLabels()).findFirst()
                .orElse(Map.of("kubernetes.io/metadata.name", ns)));
    }
}
