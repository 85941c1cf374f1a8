package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.Labels;
import io.kubemate.tools.diagnose.Ports;
import io.kubemate.tools.diagnose.RelatedServices;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * NetworkPolicies between the diagnosed pods (the server) and the client the person named: whether some policy
 * isolating the server's ingress admits the client's pods on the server's port, and whether some policy isolating
 * the client's egress lets it out to the server. Names the policies that leave the traffic without a rule. Without a
 * client, flags a deny-all ingress.
 */
@Singleton
public final class NetworkPolicyCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        if (scene.pods().isEmpty() || scene.target().namespace() == null) {
            return Verdict.none();
        }
        List<NetworkPolicy> policies = scene.cluster().namespaced(NetworkPolicy.class);
        Pod server = scene.pods().getFirst();
        List<ContainerPort> serverPorts = Ports.declared(server);
        Optional<Integer> port = port(scene, serverPorts);
        String portText = port.map(String::valueOf).orElse("-");
        List<NetworkPolicy> ingress = isolating(policies, server, "Ingress");
        Optional<List<Pod>> clients = scene.client().map(c -> scene.cluster().in(Pod.class, c.namespace()).stream()
                .filter(p -> p.getMetadata().getName().equals(c.name()) || p.getMetadata().getName().startsWith(c.name() + "-")).toList());
        String serverName = scene.target().name();
        if (clients.isEmpty()) {
            if (!ingress.isEmpty() && ingress.stream().allMatch(p -> p.getSpec().getIngress() == null || p.getSpec().getIngress().isEmpty())) {
                return Verdict.of(Cause.of(CauseKind.NETWORK_POLICY_INGRESS, Cause.STATE + 10,
                        List.of(names(ingress), serverName, "*", portText), List.of("policies isolating " + serverName + ": " + names(ingress)
                                + ", none with an ingress rule")));
            }
            return ingress.isEmpty() && !RelatedServices.of(scene).isEmpty() ? Verdict.fine(Fine.of("no-ingress-policy", serverName)) : Verdict.none();
        }
        String clientName = scene.client().get().name();
        if (clients.get().isEmpty()) {
            return Verdict.none();
        }
        Pod client = clients.get().getFirst();
        String clientNs = client.getMetadata().getNamespace();
        String serverNs = scene.target().namespace();
        Map<String, String> clientNsLabels = namespaceLabels(scene, clientNs);
        Map<String, String> serverNsLabels = namespaceLabels(scene, serverNs);
        Verdict verdict = Verdict.none();
        if (!ingress.isEmpty() && ingress.stream().noneMatch(p -> admits(p, client, clientNsLabels, clientNs.equals(serverNs), port, serverPorts))) {
            verdict = verdict.and(Verdict.of(Cause.of(CauseKind.NETWORK_POLICY_INGRESS, Cause.PROVEN,
                    List.of(names(ingress), serverName, clientName, portText),
                    List.of("policies selecting " + server.getMetadata().getName() + " for ingress: " + names(ingress),
                            "client pod " + client.getMetadata().getName() + " labels: " + ServiceSelectorCheck.render(Labels.of(client)),
                            "no ingress rule admits these labels on port " + portText))));
        } else {
            verdict = verdict.and(Verdict.fine(Fine.of("ingress-allowed", serverName, clientName)));
        }
        List<NetworkPolicy> egress = isolating(scene.cluster().in(NetworkPolicy.class, clientNs), client, "Egress");
        if (!egress.isEmpty() && egress.stream().noneMatch(p -> letsOut(p, server, serverNsLabels, clientNs.equals(serverNs), port, serverPorts))) {
            verdict = verdict.and(Verdict.of(Cause.of(CauseKind.NETWORK_POLICY_EGRESS, Cause.PROVEN,
                    List.of(names(egress), clientName, serverName, portText),
                    List.of("policies selecting " + client.getMetadata().getName() + " for egress: " + names(egress),
                            "server pod " + server.getMetadata().getName() + " labels: " + ServiceSelectorCheck.render(Labels.of(server)),
                            "no egress rule lets the client reach these labels on port " + portText))));
        } else {
            verdict = verdict.and(Verdict.fine(Fine.of("egress-allowed", clientName, serverName)));
        }
        return verdict;
    }

    private static Optional<Integer> port(Scene scene, List<ContainerPort> declared) {
        for (Service service : RelatedServices.of(scene)) {
            if (service.getSpec().getPorts() != null && !service.getSpec().getPorts().isEmpty()) {
                var p = service.getSpec().getPorts().getFirst();
                IntOrString target = p.getTargetPort() == null ? new IntOrString(p.getPort()) : p.getTargetPort();
                Optional<Integer> number = Ports.number(target, declared);
                if (number.isPresent()) {
                    return number;
                }
            }
        }
        return declared.stream().map(ContainerPort::getContainerPort).findFirst();
    }

    private static List<NetworkPolicy> isolating(List<NetworkPolicy> policies, Pod pod, String type) {
        return policies.stream().filter(p -> p.getSpec() != null && Labels.matches(p.getSpec().getPodSelector(), Labels.of(pod)))
                .filter(p -> types(p).contains(type)).toList();
    }

    /** policyTypes as the API server defaults them: Ingress always, Egress when egress rules exist. */
    private static List<String> types(NetworkPolicy policy) {
        if (policy.getSpec().getPolicyTypes() != null && !policy.getSpec().getPolicyTypes().isEmpty()) {
            return policy.getSpec().getPolicyTypes();
        }
        return policy.getSpec().getEgress() != null && !policy.getSpec().getEgress().isEmpty() ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    private static boolean admits(NetworkPolicy policy, Pod client, Map<String, String> nsLabels, boolean sameNamespace,
                                  Optional<Integer> port, List<ContainerPort> serverPorts) {
        return policy.getSpec().getIngress() != null && policy.getSpec().getIngress().stream()
                .anyMatch(rule -> peers(rule.getFrom(), client, nsLabels, sameNamespace) && ports(rule.getPorts(), port, serverPorts));
    }

    private static boolean letsOut(NetworkPolicy policy, Pod server, Map<String, String> nsLabels, boolean sameNamespace,
                                   Optional<Integer> port, List<ContainerPort> serverPorts) {
        return policy.getSpec().getEgress() != null && policy.getSpec().getEgress().stream()
                .anyMatch(rule -> peers(rule.getTo(), server, nsLabels, sameNamespace) && ports(rule.getPorts(), port, serverPorts));
    }

    /** A peer without a namespaceSelector means the policy's own namespace; {@code nsLabels} are the other pod's namespace's. */
    private static boolean peers(List<NetworkPolicyPeer> peers, Pod pod, Map<String, String> nsLabels, boolean sameNamespace) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> {
            if (peer.getIpBlock() != null) {
                return false;
            }
            boolean namespace = peer.getNamespaceSelector() == null ? sameNamespace : Labels.matches(peer.getNamespaceSelector(), nsLabels);
            boolean podMatch = peer.getPodSelector() == null || Labels.matches(peer.getPodSelector(), Labels.of(pod));
            return namespace && podMatch;
        });
    }

    private static boolean ports(List<NetworkPolicyPort> ports, Optional<Integer> port, List<ContainerPort> serverPorts) {
        if (ports == null || ports.isEmpty() || port.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(p -> p.getPort() == null || Ports.number(p.getPort(), serverPorts).map(port.get()::equals).orElse(false)
                || (p.getEndPort() != null && p.getPort().getIntVal() != null && port.get() >= p.getPort().getIntVal() && port.get() <= p.getEndPort()));
    }

    private static Map<String, String> namespaceLabels(Scene scene, String namespace) {
        return scene.cluster().clusterWide(Namespace.class).stream().filter(n -> n.getMetadata().getName().equals(namespace))
                .findFirst().map(n -> n.getMetadata().getLabels() == null ? Map.<String, String>of() : n.getMetadata().getLabels())
                .orElse(Map.of("kubernetes.io/metadata.name", namespace));
    }

    private static String names(List<NetworkPolicy> policies) {
        return policies.stream().map(p -> p.getMetadata().getName()).collect(Collectors.joining(", "));
    }
}
