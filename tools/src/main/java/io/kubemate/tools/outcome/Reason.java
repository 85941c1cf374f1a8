package io.kubemate.tools.outcome;

import java.util.Arrays;
import java.util.List;

/**
 * Why a tool gave no answer, as a message key ({@code reason.<key>} in {@code prompts/messages_<lang>.properties})
 * and its arguments, so the person reads it in their own language while logs and the model get the English text.
 */
public record Reason(String key, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The key in the message bundles. */
    public String messageKey() {
        return "reason." + key;
    }

    /** The English text, for logs, the audit trail and the model. */
    public String english() {
        return ReasonTexts.ENGLISH.text(this);
    }
}
