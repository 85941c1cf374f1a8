package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.kubemate.tools.outcome.Reason;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** NetworkPolicies that select no pod, or that allow all ingress traffic to what they select. */
@Singleton
public final class NetworkPolicyInspection implements Inspection {

    @Override
    public String id() {
        return "networkpolicy";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        return PerObject.check(id(), scope.list(NetworkPolicy.class), np -> {
            List<Finding> findings = new ArrayList<>();
            List<Pod> pods = scope.in(Pod.class, np.getMetadata().getNamespace());
            if (!Selectors.isEmpty(np.getSpec().getPodSelector()) && !Selectors.selectsAnyPod(np.getSpec().getPodSelector(), pods)) {
                findings.add(Finding.on(np, Severity.WARNING, "networkpolicy-selects-nothing", Reason.of("finding.networkpolicy-selects-nothing"),
                        List.of("podSelector " + np.getSpec().getPodSelector().getMatchLabels()), RunbookIds.NETWORK_POLICY));
            }
            boolean allowsAll = np.getSpec().getIngress() != null && np.getSpec().getIngress().stream()
                    .anyMatch(rule -> (rule.getFrom() == null || rule.getFrom().isEmpty())
                            && (rule.getPorts() == null || rule.getPorts().isEmpty()));
            if (allowsAll) {
                findings.add(Finding.on(np, Severity.WARNING, "networkpolicy-allows-all",
                        Reason.of("finding.networkpolicy-allows-all"), List.of("ingress: [{}]"), RunbookIds.NETWORK_POLICY));
            }
            return findings;
        });
    }
}
