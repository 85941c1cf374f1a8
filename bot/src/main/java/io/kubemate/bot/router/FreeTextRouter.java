package io.kubemate.bot.router;

import io.kubemate.bot.router.extract.ClusterNames;
import io.kubemate.bot.router.extract.NameMention;
import io.kubemate.bot.router.extract.QuotedText;
import io.kubemate.knowledge.embed.Embedder;
import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.spec.ToolSpecs;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Free text that is neither a command nor a known phrasing: the tool of the nearest example utterances,
 * then the arguments found in the message. Unsure → ask between the two likeliest tools; lost → unknown.
 */
@Singleton
public final class FreeTextRouter {

    private final IntentClassifier classifier;
    private final ClusterNames names;
    private final FreeTextArguments arguments;
    private final RouterProperties config;
    private final CommandParser commands;
    private final MirroredTools mirrored;
    private final ToolSpecs tools;

    public FreeTextRouter(Embedder embedder, NameResolver names, ArgumentResolver resolver, RouterProperties config, ToolSpecs tools,
                          CommandParser commands) {
        this(new IntentClassifier(embedder, ExampleBook.load()), new ClusterNames(names), new FreeTextArguments(resolver, tools), config,
                tools, commands);
    }

    FreeTextRouter(IntentClassifier classifier, ClusterNames names, FreeTextArguments arguments, RouterProperties config,
                   ToolSpecs tools, CommandParser commands) {
        this.classifier = classifier;
        this.names = names;
        this.arguments = arguments;
        this.config = config;
        this.commands = commands;
        this.mirrored = new MirroredTools(tools);
        this.tools = tools;
    }

    /** Reads (or, without bundled vectors, computes) the example vectors now rather than at the first question. */
    void warmUp() {
        classifier.warmUp();
    }

    public Route route(Subject subject, String message) {
        if (message.isBlank()) {
            return Route.unknown();
        }
        List<NameMention> mentions = names.find(subject, QuotedText.without(message));
        String masked = Placeholders.mask(message, mentions);
        List<IntentClassifier.ToolScore> ranked = classifier.rank(masked);
        IntentClassifier.ToolScore best = ranked.getFirst();
        if (best.tool().equals(ExampleBook.NONE)) {
            return Route.unknown();
        }
        ranked = ranked.stream().filter(r -> !r.tool().equals(ExampleBook.NONE)).toList();
        if (best.score() >= config.minConfidence()) {
            String tool = NearTools.choose(mirrored.choose(best.tool(), masked), message, masked, mentions);
            return arguments.route(subject, tool, message, mentions, round(best.score()));
        }
        if (best.score() < config.minConfidence() - config.askBand() || ranked.size() < 2) {
            return Route.unknown();
        }
        Optional<String> named = NearTools.decide(best.tool(), ranked.get(1).tool(), message);
        if (named.isPresent()) {
            return arguments.route(subject, named.get(), message, mentions, round(best.score()));
        }
        List<String> tools = List.of(best.tool(), ranked.get(1).tool());
        return new Route(best.tool(), Map.of(), round(best.score()), Ask.of("which_tool", spoken(best.tool()), spoken(ranked.get(1).tool())), tools, ToolChoices.of(commands, tools, message, mentions));
    }

    /** The arguments the message gives for {@code tool}, as if it had been routed there. */
    Route argumentsFor(Subject subject, String tool, String message) {
        List<NameMention> mentions = names.find(subject, QuotedText.without(message));
        return arguments.route(subject, tool, message, mentions, 1.0);
    }

    ToolSpecs tools() {
        return tools;
    }

    /** A tool as the person would ask for it: its command. */
    private String spoken(String tool) {
        return commands.command(tool).map(c -> "`/" + c + "`").orElse(tool);
    }

    /**
     * A phrasing's name slot with a typo ("paymnet-api") spelled as the one object it is a few edits from; a
     * name that matches exactly or as a prefix, or matches nothing, stays as typed.
     */
    public Intent withTyposFixed(Subject subject, Intent intent) {
        Map<String, String> slots = new LinkedHashMap<>(intent.slots());
        boolean changed = false;
        for (String slot : List.of("target", "node")) {
            String word = intent.slot(slot);
            if (word == null) {
                continue;
            }
            List<NameMention> found = names.find(subject, word);
            List<String> fixed = found.stream().map(NameMention::name).distinct().toList();
            if (!found.isEmpty() && found.getFirst().distance() >= 2 && fixed.size() == 1) {
                slots.put(slot, fixed.getFirst());
                changed = true;
            }
        }
        return changed ? new Intent(intent.tool(), slots, intent.confidence()) : intent;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
