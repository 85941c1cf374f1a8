package io.kubemate.bot.hooks;

import java.util.Optional;

/**
 * What an alert button asks the bot, as the command a person would type: Investigate → {@code /inspect
 * <namespace>}. Silence and Runbook have no command yet (the {@code silence_alert} action and the runbook search come
 * with their issues); they are answered with the help text until then.
 */
final class ChoiceCommands {

    private ChoiceCommands() {
    }

    static Optional<String> command(String choice) {
        String[] parts = choice.split(":", -1);
        if (parts.length >= 3 && parts[0].equals("investigate") && !parts[2].isBlank()) {
            return Optional.of("/inspect " + parts[2]);
        }
        return parts.length >= 1 && !parts[0].isBlank() ? Optional.of("/help") : Optional.empty();
    }
}
