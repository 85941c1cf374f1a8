package io.kubemate.evals.router;

import java.util.Map;

/** One message of the router's labeled set: its language, the tool it asks for and the arguments that matter. */
public record LabeledUtterance(String lang, String text, String tool, Map<String, Object> args) {

    public LabeledUtterance {
        args = args == null ? Map.of() : Map.copyOf(args);
    }
}
