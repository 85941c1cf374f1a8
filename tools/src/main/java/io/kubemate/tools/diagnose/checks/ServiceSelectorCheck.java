package io.kubemate.tools.diagnose.checks;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.kubemate.tools.diagnose.Cause;
import io.kubemate.tools.diagnose.CauseKind;
import io.kubemate.tools.diagnose.DiagnosisCheck;
import io.kubemate.tools.diagnose.Fine;
import io.kubemate.tools.diagnose.Labels;
import io.kubemate.tools.diagnose.RelatedServices;
import io.kubemate.tools.diagnose.Scene;
import io.kubemate.tools.diagnose.Verdict;
import io.kubemate.tools.kube.PodStatus;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A Service's selector against the labels of the pods that exist: when it selects none, names the label that is
 * missing or the values that differ on the pods meant to serve it (the target's pods, else those sharing most of the
 * selector); when it selects only pods that are not ready, says so.
 */
@Singleton
public final class ServiceSelectorCheck implements DiagnosisCheck {

    @Override
    public Verdict check(Scene scene) {
        Verdict verdict = Verdict.none();
        for (Service service : RelatedServices.of(scene)) {
            verdict = verdict.and(check(scene, service));
        }
        return verdict;
    }

    private Verdict check(Scene scene, Service service) {
        String name = service.getMetadata().getName();
        Map<String, String> selector = service.getSpec().getSelector();
        String wanted = render(selector);
        List<Pod> selected = RelatedServices.selected(scene, service);
        if (!selected.isEmpty()) {
            long ready = selected.stream().filter(ServiceSelectorCheck::ready).count();
            if (ready == 0) {
                return Verdict.of(Cause.of(CauseKind.SERVICE_NO_READY_PODS, Cause.STATE + 10,
                        List.of(name, String.valueOf(selected.size())),
                        selected.stream().limit(3).map(p -> p.getMetadata().getName() + ": " + PodStatus.reason(p)
                                + ", ready " + PodStatus.ready(p)).toList()));
            }
            return Verdict.fine(Fine.of("service-selects", name, wanted, String.valueOf(ready)));
        }
        List<Pod> meant = scene.object() instanceof Service ? closest(scene, selector) : scene.pods();
        if (meant.isEmpty()) {
            meant = closest(scene, selector);
        }
        if (meant.isEmpty()) {
            return Verdict.of(Cause.of(CauseKind.NO_PODS, Cause.STATE, List.of("service " + name + " (" + wanted + ")"),
                    List.of("service " + name + " selector: " + wanted, "no pod in " + scene.cluster().namespace() + " carries these labels")));
        }
        List<String> podNames = meant.stream().limit(3).map(p -> p.getMetadata().getName()).toList();
        for (Map.Entry<String, String> pair : selector.entrySet()) {
            List<String> values = meant.stream().map(p -> Labels.of(p).get(pair.getKey())).filter(Objects::nonNull).distinct().toList();
            if (values.contains(pair.getValue())) {
                continue;
            }
            List<String> evidence = List.of("service " + name + " selector: " + wanted,
                    "pod " + podNames.getFirst() + " labels: " + render(Labels.of(meant.getFirst())));
            if (values.isEmpty()) {
                return Verdict.of(Cause.of(CauseKind.SERVICE_SELECTOR_LABEL, Cause.PROVEN,
                        List.of(name, pair.getKey() + "=" + pair.getValue(), String.join(", ", podNames), pair.getKey()), evidence));
            }
            return Verdict.of(Cause.of(CauseKind.SERVICE_SELECTOR_VALUE, Cause.PROVEN,
                    List.of(name, pair.getKey(), pair.getValue(), String.join(", ", values), String.join(", ", podNames)), evidence));
        }
        return Verdict.none();
    }

    /** The pods sharing most pairs (or keys) of the selector: those the Service was most likely meant for. */
    private static List<Pod> closest(Scene scene, Map<String, String> selector) {
        List<Pod> pods = scene.cluster().namespaced(Pod.class);
        Comparator<Pod> byScore = Comparator.comparingInt(p -> score(selector, Labels.of(p)));
        int best = pods.stream().mapToInt(p -> score(selector, Labels.of(p))).max().orElse(0);
        if (best == 0) {
            return List.of();
        }
        return pods.stream().filter(p -> score(selector, Labels.of(p)) == best).sorted(byScore.reversed()).toList();
    }

    private static int score(Map<String, String> selector, Map<String, String> labels) {
        int score = 0;
        for (Map.Entry<String, String> pair : selector.entrySet()) {
            if (pair.getValue().equals(labels.get(pair.getKey()))) {
                score += 2;
            } else if (labels.containsKey(pair.getKey()) || labels.containsValue(pair.getValue())) {
                score += 1;
            }
        }
        return score;
    }

    static boolean ready(Pod pod) {
        return PodStatus.condition(pod, "Ready").map(c -> "True".equals(c.getStatus())).orElse(false);
    }

    static String render(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(","));
    }
}
