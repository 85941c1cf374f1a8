package io.kubemate.bot.chat.platform;

import io.kubemate.connectors.alertmanager.AlertButton;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a choice button asks the bot, as the command a person would type, so it runs with that person's identity
 * and permissions like anything they type. An alert button's record: Investigate → {@code /diagnose <workload> -n
 * <namespace>} (or {@code /inspect <namespace>} when the alert names no workload), Silence 1h → {@code /silence}
 * (a proposal to confirm), Runbook → {@code /guide <alertname>} (the runbook whose {@code alerts:} lists it, walked
 * through in the alert's thread). An answer to a question the bot asked back ({@code say:<message>}) is that message.
 * Label values enter a command only when they fit their grammar (no spaces, no {@code =}), so they cannot add words.
 */
final class ChoiceCommands {

    /** A choice the bot offered when it asked back: {@code say:<message>}, sent as the person who clicks. */
    static final String SAY = "say:";

    private static final Pattern ALERTNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_:.\\-]{0,199}");
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern WORKLOAD = Pattern.compile("[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
    /** Words the command parser reads as options, never as names. */
    private static final Set<String> KEYWORDS = Set.of("in", "to");

    private ChoiceCommands() {
    }

    /** {@code say:<message>}; anything else (such as an old alert button) asks for help. */
    static Optional<String> command(String choice) {
        if (choice.startsWith(SAY)) {
            String say = choice.substring(SAY.length()).strip();
            return say.isEmpty() ? Optional.of("/help") : Optional.of(say);
        }
        return choice.isBlank() ? Optional.empty() : Optional.of("/help");
    }

    /** The command an alert button's record stands for; empty when its labels cannot be used in one. */
    static Optional<String> command(AlertButton button) {
        if (!fits(ALERTNAME, button.alertname())) {
            return Optional.empty();
        }
        String namespace = button.namespace() == null ? "" : button.namespace();
        if (!namespace.isEmpty() && !fits(NAMESPACE, namespace)) {
            return Optional.empty();
        }
        String workload = fits(WORKLOAD, button.workload()) ? button.workload() : "";
        String inNamespace = namespace.isBlank() ? "" : " namespace=" + namespace;
        return switch (button.action()) {
            case "investigate" -> !workload.isBlank() && !namespace.isBlank() ? Optional.of("/diagnose " + workload + " -n " + namespace)
                    : Optional.of("/inspect" + (namespace.isBlank() ? "" : " " + namespace));
            case "silence" -> Optional.of("/silence " + button.alertname() + " " + minutes(button.duration()) + inNamespace);
            case "runbook" -> Optional.of("/guide " + button.alertname() + inNamespace + (workload.isBlank() ? "" : " workload=" + workload));
            default -> Optional.empty();
        };
    }

    private static boolean fits(Pattern grammar, String value) {
        return value != null && grammar.matcher(value).matches() && !KEYWORDS.contains(value);
    }

    private static String minutes(Duration duration) {
        Duration fixed = duration == null ? AlertButton.SILENCE : duration;
        return fixed.toMinutes() % 60 == 0 ? fixed.toHours() + "h" : fixed.toMinutes() + "m";
    }
}
