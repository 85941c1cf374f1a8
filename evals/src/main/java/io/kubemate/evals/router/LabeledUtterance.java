package io.kubemate.evals.router;

import java.util.Map;

/**
 * One message of the router's labeled set: its language, the tool it asks for and the arguments that matter;
 * {@code ask} when the router must ask back instead, {@code question} when it sounds like a change but asks about
 * state and must never become a proposal.
 */
public record LabeledUtterance(String lang, String text, String tool, Map<String, Object> args, boolean ask,
                               boolean question) {

    public LabeledUtterance {
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public LabeledUtterance(String lang, String text, String tool, Map<String, Object> args) {
        this(lang, text, tool, args, false, false);
    }
}
