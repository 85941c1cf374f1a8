package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A DaemonSet against the nodes: nodes without one of its pods because of a taint its pods do not tolerate (the
 * controller silently skips them), and pods that are scheduled but not available.
 */
@Singleton
public final class DaemonSetCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        if (!(scene.object() instanceof DaemonSet ds)) {
            return Verdict.none();
        }
        String name = ds.getMetadata().getName();
        List<Toleration> tolerations = ds.getSpec() == null || ds.getSpec().getTemplate().getSpec() == null
                || ds.getSpec().getTemplate().getSpec().getTolerations() == null ? List.of() : ds.getSpec().getTemplate().getSpec().getTolerations();
        Set<String> covered = scene.pods().stream().map(p -> p.getSpec() == null ? "" : Objects.toString(p.getSpec().getNodeName(), ""))
                .collect(Collectors.toSet());
        List<String> skipped = new ArrayList<>();
        List<String> taints = new ArrayList<>();
        for (Node node : scene.cluster().clusterWide(Node.class)) {
            if (covered.contains(node.getMetadata().getName()) || node.getSpec() == null || node.getSpec().getTaints() == null) {
                continue;
            }
            node.getSpec().getTaints().stream()
                    .filter(t -> "NoSchedule".equals(t.getEffect()) || "NoExecute".equals(t.getEffect()))
                    .filter(t -> tolerations.stream().noneMatch(tol -> tolerates(tol, t)))
                    .findFirst().ifPresent(t -> {
                        skipped.add(node.getMetadata().getName());
                        taints.add(render(t));
                    });
        }
        Verdict verdict = Verdict.none();
        if (!skipped.isEmpty()) {
            String taint = taints.stream().distinct().collect(Collectors.joining(", "));
            verdict = verdict.and(Verdict.of(Cause.of(CauseKind.DAEMONSET_TAINT, Cause.PROVEN - 10,
                    List.of(name, String.join(", ", skipped), taint, String.valueOf(covered.size())),
                    List.of("nodes without a pod of " + name + ": " + String.join(", ", skipped), "their taints: " + taint,
                            "tolerations of " + name + ": " + (tolerations.isEmpty() ? "none" : tolerations.stream()
                                    .map(t -> Objects.toString(t.getKey(), "*") + ":" + Objects.toString(t.getEffect(), "*")).collect(Collectors.joining(", ")))))));
        }
        var status = ds.getStatus();
        if (status != null && status.getNumberUnavailable() != null && status.getNumberUnavailable() > 0) {
            verdict = verdict.and(Verdict.of(Cause.of(CauseKind.DAEMONSET_UNAVAILABLE, Cause.STATE - 5,
                    List.of(name, String.valueOf(status.getNumberUnavailable()), String.valueOf(status.getDesiredNumberScheduled())),
                    List.of("desired " + status.getDesiredNumberScheduled() + ", ready " + status.getNumberReady()
                            + ", unavailable " + status.getNumberUnavailable()))));
        } else if (skipped.isEmpty()) {
            verdict = verdict.and(Verdict.fine(Fine.of("daemonset-covers", name, String.valueOf(covered.size()))));
        }
        return verdict;
    }

    static boolean tolerates(Toleration toleration, Taint taint) {
        if (toleration.getEffect() != null && !toleration.getEffect().isEmpty() && !toleration.getEffect().equals(taint.getEffect())) {
            return false;
        }
        if (toleration.getKey() == null || toleration.getKey().isEmpty()) {
            return "Exists".equals(toleration.getOperator());
        }
        if (!toleration.getKey().equals(taint.getKey())) {
            return false;
        }
        return "Exists".equals(toleration.getOperator()) || Objects.equals(Objects.toString(toleration.getValue(), ""),
                Objects.toString(taint.getValue(), ""));
    }

    static String render(Taint t) {
        return t.getKey() + (t.getValue() == null || t.getValue().isEmpty() ? "" : "=" + t.getValue()) + ":" + t.getEffect();
    }
}
