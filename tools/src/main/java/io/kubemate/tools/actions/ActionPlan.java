package io.kubemate.tools.actions;

import java.util.List;
import java.util.Map;

/**
 * A validated, dry-run change: the action, its normalised arguments (what will be executed, frozen), what
 * it changes in words, the object it targets, what the live object has now for the values it changes
 * (guardrails compare the two; a confirmation refuses the change when they differ from the proposal's, since the
 * object changed in between), and the Kubernetes permissions the change needs.
 */
public record ActionPlan(String action, Map<String, Object> args, String diff, String target, Map<String, Object> current,
                         List<AccessCheck> requires) {

    public ActionPlan {
        args = Map.copyOf(args);
        current = current == null ? Map.of() : Map.copyOf(current);
        requires = requires == null ? List.of() : List.copyOf(requires);
    }

    public ActionPlan(String action, Map<String, Object> args, String diff, String target) {
        this(action, args, diff, target, Map.of(), List.of());
    }

    public ActionPlan withChecks(Map<String, Object> current, List<AccessCheck> requires) {
        return new ActionPlan(action, args, diff, target, current, requires);
    }
}
