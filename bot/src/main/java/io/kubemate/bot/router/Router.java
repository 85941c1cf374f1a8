package io.kubemate.bot.router;

import io.kubemate.tools.kube.Subject;
import jakarta.inject.Singleton;

/** The no-LLM understanding of a message: explicit commands first, then known phrasings. */
@Singleton
public final class Router {

    private final CommandParser commands;
    private final PhraseBook phrases;
    private final ArgumentResolver arguments;

    public Router(CommandParser commands, PhraseBook phrases, ArgumentResolver arguments) {
        this.commands = commands;
        this.phrases = phrases;
        this.arguments = arguments;
    }

    public Route route(Subject subject, String message) {
        return commands.parse(message)
                .or(() -> phrases.match(message))
                .map(intent -> arguments.resolve(subject, intent))
                .orElseGet(Route::unknown);
    }
}
