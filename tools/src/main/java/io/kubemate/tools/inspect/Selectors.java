package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.List;
import java.util.Map;

/** Label matching as the API server does it, for checks that ask "does this select anything?". */
final class Selectors {

    private Selectors() {
    }

    static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        Map<String, String> have = labels == null ? Map.of() : labels;
        return selector.entrySet().stream().allMatch(e -> e.getValue().equals(have.get(e.getKey())));
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        Map<String, String> have = labels == null ? Map.of() : labels;
        if (selector.getMatchLabels() != null && !matches(selector.getMatchLabels(), have)) {
            return false;
        }
        List<LabelSelectorRequirement> expressions = selector.getMatchExpressions() == null ? List.of() : selector.getMatchExpressions();
        return expressions.stream().allMatch(r -> requirement(r, have));
    }

    static boolean selectsAnyPod(LabelSelector selector, List<Pod> pods) {
        return pods.stream().anyMatch(p -> matches(selector, p.getMetadata().getLabels()));
    }

    static boolean isEmpty(LabelSelector selector) {
        return selector == null || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()));
    }

    /** The selector as people write it: {@code app=x,tier In [a, b]}. */
    static String describe(LabelSelector selector) {
        if (isEmpty(selector)) {
            return "{} (every pod)";
        }
        StringBuilder out = new StringBuilder();
        if (selector.getMatchLabels() != null) {
            selector.getMatchLabels().forEach((k, v) -> out.append(out.isEmpty() ? "" : ",").append(k).append('=').append(v));
        }
        if (selector.getMatchExpressions() != null) {
            selector.getMatchExpressions().forEach(r -> out.append(out.isEmpty() ? "" : ",").append(r.getKey()).append(' ')
                    .append(r.getOperator()).append(r.getValues() == null ? "" : " " + r.getValues()));
        }
        return out.toString();
    }

    private static boolean requirement(LabelSelectorRequirement r, Map<String, String> labels) {
        String value = labels.get(r.getKey());
        List<String> values = r.getValues() == null ? List.of() : r.getValues();
        return switch (r.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> labels.containsKey(r.getKey());
            case "DoesNotExist" -> !labels.containsKey(r.getKey());
            default -> false;
        };
    }
}
