package io.kubemate.bot.router;

import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.kube.Subject;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The no-LLM understanding of a message: explicit commands first, then known phrasings, then the
 * embedding-based free-text router; then a question is routed by what it asks (see {@link QuestionRoutes}).
 */
@Singleton
public final class Router {

    private final CommandParser commands;
    private final PhraseBook phrases;
    private final ArgumentResolver arguments;
    private final FreeTextRouter freeText;
    private final QuestionRoutes questions;

    public Router(CommandParser commands, PhraseBook phrases, ArgumentResolver arguments, FreeTextRouter freeText) {
        this.commands = commands;
        this.phrases = phrases;
        this.arguments = arguments;
        this.freeText = freeText;
        this.questions = new QuestionRoutes(freeText, QuestionReads.load());
    }

    public Route route(Subject subject, String message) {
        Optional<Intent> command = commands.parse(message);
        Optional<Intent> phrased = command.isPresent() ? Optional.empty() : phrases.match(message).filter(this::namesAKnownKind);
        Route route = command.or(() -> phrased)
                .map(intent -> arguments.resolve(subject, freeText.withTyposFixed(subject, intent)))
                .orElseGet(() -> freeText.route(subject, message));
        // an explicit command is taken as typed, and so is a phrasing marked as-asked; everything else is read for what it asks
        boolean taken = command.isPresent() || phrased.isPresent() && phrases.asAsked(message);
        return NameChoices.add(message, taken ? route : questions.apply(subject, message, route, phrased.isPresent()));
    }

    /**
     * How the router's own extraction reads {@code message} as a request for {@code tool}: the names, namespace and
     * values the person gave, resolved against the cluster as {@code subject}, whatever tool the message is nearest to.
     */
    public Route parseAs(Subject subject, String tool, String message) {
        return phrases.match(message).filter(intent -> intent.tool().equals(tool))
                .map(intent -> arguments.resolve(subject, freeText.withTyposFixed(subject, intent)))
                .orElseGet(() -> freeText.argumentsFor(subject, tool, message));
    }

    /** "show alerts" fits the listing phrasing but names no Kubernetes kind: the free-text router takes it. */
    private boolean namesAKnownKind(Intent intent) {
        String kind = intent.slot("kind");
        return kind == null || !intent.tool().startsWith("k8s_") || ResourceKind.parse(phrases.kindWord(kind)).isPresent();
    }
}
