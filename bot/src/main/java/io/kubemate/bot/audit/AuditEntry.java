package io.kubemate.bot.audit;

import java.util.Map;

/**
 * What a caller records: the event, who (chat user) and as which Kubernetes identity, the action and its
 * parameters, the diff, the result, and the conversation it happened in.
 */
public record AuditEntry(AuditEvent event, String actor, String identity, String action, Map<String, Object> args,
                         String diff, String result, String conversation) {

    public AuditEntry {
        args = args == null ? Map.of() : Map.copyOf(args);
    }
}
