package io.kubemate.bot.hooks;

import java.util.Optional;

/**
 * What an alert button asks the bot, as the command a person would type, so it runs with that person's identity
 * and permissions like anything they type: Investigate → {@code /diagnose <workload> -n <namespace>} (or
 * {@code /inspect <namespace>} when the alert names no workload), Silence 1h → {@code /silence} (a proposal to
 * confirm), Runbook → {@code /guide <alertname>} (the runbook whose {@code alerts:} lists it, walked through in
 * the alert's thread). An answer to a question the bot asked back ({@code say:<message>}) is that message.
 */
final class ChoiceCommands {

    /** A choice the bot offered when it asked back: {@code say:<message>}, sent as the person who clicks. */
    static final String SAY = "say:";

    private ChoiceCommands() {
    }

    /** {@code <choice>:<alertname>:<namespace>[:<workload> | :<duration>]}, or {@code say:<message>}. */
    static Optional<String> command(String choice) {
        if (choice.startsWith(SAY)) {
            String say = choice.substring(SAY.length()).strip();
            return say.isEmpty() ? Optional.of("/help") : Optional.of(say);
        }
        String[] parts = choice.split(":", -1);
        if (parts.length < 3 || parts[1].isBlank()) {
            return parts.length >= 1 && !parts[0].isBlank() ? Optional.of("/help") : Optional.empty();
        }
        String alertname = parts[1];
        String namespace = parts[2];
        String extra = parts.length > 3 ? parts[3] : "";
        String inNamespace = namespace.isBlank() ? "" : " namespace=" + namespace;
        return switch (parts[0]) {
            case "investigate" -> !extra.isBlank() && !namespace.isBlank() ? Optional.of("/diagnose " + extra + " -n " + namespace)
                    : Optional.of("/inspect" + (namespace.isBlank() ? "" : " " + namespace));
            case "silence" -> Optional.of("/silence " + alertname + " " + (extra.isBlank() ? "1h" : extra) + inNamespace);
            case "runbook" -> Optional.of("/guide " + alertname + inNamespace + (extra.isBlank() ? "" : " workload=" + extra));
            default -> Optional.of("/help");
        };
    }
}
