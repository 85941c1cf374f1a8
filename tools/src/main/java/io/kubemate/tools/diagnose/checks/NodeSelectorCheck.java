package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import io.kubemate.tools.kube.PodStatus;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A pod the scheduler cannot place against the nodes' labels: the {@code nodeSelector} pair no node carries, with the
 * values the nodes do have for that label.
 */
@Singleton
public final class NodeSelectorCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        for (Pod pod : scene.pods()) {
            boolean unschedulable = PodStatus.condition(pod, "PodScheduled")
                    .filter(c -> "False".equals(c.getStatus()) && "Unschedulable".equals(c.getReason())).isPresent()
                    || "Pending".equals(pod.getStatus() == null ? null : pod.getStatus().getPhase()) && PodStatus.node(pod).isEmpty();
            Map<String, String> selector = pod.getSpec() == null ? null : pod.getSpec().getNodeSelector();
            if (!unschedulable || selector == null || selector.isEmpty()) {
                continue;
            }
            List<Node> nodes = scene.cluster().clusterWide(Node.class);
            if (nodes.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, String> pair : selector.entrySet()) {
                boolean carried = nodes.stream().anyMatch(n -> n.getMetadata().getLabels() != null
                        && pair.getValue().equals(n.getMetadata().getLabels().get(pair.getKey())));
                if (carried) {
                    continue;
                }
                String have = nodes.stream().map(n -> n.getMetadata().getLabels() == null ? null : n.getMetadata().getLabels().get(pair.getKey()))
                        .filter(Objects::nonNull).distinct().sorted().collect(Collectors.joining(", "));
                String wanted = pair.getKey() + "=" + pair.getValue();
                return Verdict.of(Cause.of(CauseKind.NODE_SELECTOR, Cause.PROVEN, List.of(pod.getMetadata().getName(), wanted,
                                String.valueOf(nodes.size()), have.isEmpty() ? "-" : pair.getKey() + "=" + have),
                        List.of("pod " + pod.getMetadata().getName() + " nodeSelector: " + wanted,
                                "nodes with " + pair.getKey() + ": " + (have.isEmpty() ? "none" : have))));
            }
        }
        return Verdict.none();
    }
}
