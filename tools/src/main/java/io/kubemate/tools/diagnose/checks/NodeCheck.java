package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Pod;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import io.kubemate.tools.kube.PodStatus;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A node's own state, never as a dump: the Ready condition with its reason, message and last heartbeat, pressure
 * conditions, non-standard conditions a problem detector set (KernelDeadlock, ReadonlyFilesystem, …), a cordon, its
 * taints, and the pods on it that are affected.
 */
@Singleton
public final class NodeCheck implements DiagnosisCheck {

    private static final Set<String> PRESSURE = Set.of("MemoryPressure", "DiskPressure", "PIDPressure");
    private static final Set<String> STANDARD = Set.of("Ready", "MemoryPressure", "DiskPressure", "PIDPressure", "NetworkUnavailable");

    @Override
    public Verdict check(Scene scene) {
        if (!(scene.object() instanceof Node node)) {
            return Verdict.none();
        }
        String name = node.getMetadata().getName();
        List<NodeCondition> conditions = node.getStatus() == null || node.getStatus().getConditions() == null ? List.of()
                : node.getStatus().getConditions();
        List<String> context = context(scene, node);
        Verdict verdict = Verdict.none();
        for (NodeCondition c : conditions) {
            String text = c.getType() + "=" + c.getStatus() + (c.getReason() == null ? "" : " (" + c.getReason() + ")")
                    + (c.getMessage() == null ? "" : ": " + c.getMessage());
            List<String> evidence = new ArrayList<>();
            evidence.add(text);
            evidence.add("last heartbeat " + Objects.toString(c.getLastHeartbeatTime(), "-") + ", last transition "
                    + Objects.toString(c.getLastTransitionTime(), "-"));
            evidence.addAll(context);
            if ("Ready".equals(c.getType()) && !"True".equals(c.getStatus())) {
                verdict = verdict.and(Verdict.of(Cause.of(CauseKind.NODE_NOT_READY, Cause.PROVEN, List.of(name, c.getStatus(),
                        Objects.toString(c.getReason(), "-"), Objects.toString(c.getMessage(), "-"), Objects.toString(c.getLastHeartbeatTime(), "-")),
                        evidence)));
            } else if (PRESSURE.contains(c.getType()) && "True".equals(c.getStatus())) {
                verdict = verdict.and(Verdict.of(Cause.of(CauseKind.NODE_PRESSURE, Cause.PROVEN - 5, List.of(name, c.getType(),
                        Objects.toString(c.getMessage(), "-")), evidence)));
            } else if (!STANDARD.contains(c.getType()) && "True".equals(c.getStatus())
                    || "NetworkUnavailable".equals(c.getType()) && "True".equals(c.getStatus())) {
                verdict = verdict.and(Verdict.of(Cause.of(CauseKind.NODE_CONDITION, Cause.PROVEN - 2, List.of(name, c.getType(),
                        Objects.toString(c.getReason(), "-"), Objects.toString(c.getMessage(), "-")), evidence)));
            } else if ("Ready".equals(c.getType())) {
                verdict = verdict.and(Verdict.fine(Fine.of("node-ready", name)));
            }
        }
        if (node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            verdict = verdict.and(Verdict.of(Cause.of(CauseKind.NODE_CORDONED, Cause.HINT, List.of(name), context)));
        }
        if (verdict.causes().stream().noneMatch(c -> c.kind() == CauseKind.NODE_PRESSURE) && !conditions.isEmpty()) {
            verdict = verdict.and(Verdict.fine(Fine.of("node-no-pressure", name)));
        }
        return verdict;
    }

    /** Taints and the pods on the node that are not running well. */
    private static List<String> context(Scene scene, Node node) {
        List<String> lines = new ArrayList<>();
        if (node.getSpec() != null && node.getSpec().getTaints() != null && !node.getSpec().getTaints().isEmpty()) {
            lines.add("taints: " + node.getSpec().getTaints().stream().map(DaemonSetCheck::render).collect(Collectors.joining(", ")));
        }
        List<Pod> affected = scene.pods().stream().filter(p -> !"Running".equals(PodStatus.reason(p))
                || !ServiceSelectorCheck.ready(p)).toList();
        lines.add("pods on the node: " + scene.pods().size() + ", affected: " + affected.size()
                + (affected.isEmpty() ? "" : " (" + affected.stream().limit(5).map(p -> p.getMetadata().getNamespace() + "/"
                + p.getMetadata().getName() + " " + PodStatus.reason(p)).collect(Collectors.joining(", ")) + ")"));
        return lines;
    }
}
