package io.kubemate.tools.actions;

import java.util.Map;

/**
 * A validated, dry-run change: the action, its normalised arguments (what will be executed, frozen), what
 * it changes in words, and the object it targets.
 */
public record ActionPlan(String action, Map<String, Object> args, String diff, String target) {

    public ActionPlan {
        args = Map.copyOf(args);
    }
}
