package io.kubemate.tools.actions;

import io.kubemate.tools.alerts.AlertmanagerClient;
import io.kubemate.tools.outcome.Reason;

import java.util.List;
import java.util.Map;

/** Picks the Alertmanager a silence action talks to: the one named by {@code alertmanager=}, else the first configured. */
final class Alertmanagers {

    private Alertmanagers() {
    }

    static AlertmanagerClient pick(List<AlertmanagerClient> configured, Map<String, Object> args) throws ActionRejected {
        if (configured.isEmpty()) {
            throw new ActionRejected(Reason.of("backend.not-configured", "Alertmanager", "kubemate.alertmanager.<name>.url"));
        }
        Object wanted = args.get("alertmanager");
        if (wanted == null || wanted.toString().isBlank()) {
            return configured.getFirst();
        }
        return configured.stream().filter(c -> c.name().equals(wanted.toString().trim())).findFirst()
                .orElseThrow(() -> new ActionRejected("no Alertmanager named " + wanted + " (configured: "
                        + String.join(", ", configured.stream().map(AlertmanagerClient::name).toList()) + ")"));
    }

    /** Who the change is made for: the identity the bot put in the arguments. */
    static String createdBy(Map<String, Object> args) {
        Object identity = args.get(Action.IDENTITY_ARG);
        return "kubemate:" + (identity == null ? "(unknown)" : identity);
    }
}
