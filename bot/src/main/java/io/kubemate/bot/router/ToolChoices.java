package io.kubemate.bot.router;

import io.kubemate.bot.router.extract.AlertNames;
import io.kubemate.bot.router.extract.NameMention;
import io.kubemate.tools.kube.ResourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Buttons for "which did you mean: this tool or that one?": for each tool the explicit command with what the
 * message names filled in ({@code /diagnose payment-api -n payments}, {@code /alerts payments}), which always
 * routes to that tool.
 */
final class ToolChoices {

    private static final Set<ResourceKind> TARGETS = Set.of(ResourceKind.DEPLOYMENT, ResourceKind.STATEFULSET,
            ResourceKind.DAEMONSET, ResourceKind.CRONJOB, ResourceKind.POD);

    private static final int MAX_LABEL = 60;

    private ToolChoices() {
    }

    static List<Choice> of(CommandParser commands, List<String> tools, String message, List<NameMention> mentions) {
        List<Choice> choices = new ArrayList<>();
        for (String tool : tools) {
            Optional<String> command = commands.command(tool);
            if (command.isEmpty()) {
                return List.of();
            }
            String say = "/" + command.get() + arguments(tool, commands.positions(tool), message, mentions);
            if (say.length() > NameChoices.MAX_SAY) {
                return List.of();
            }
            choices.add(new Choice(say.length() > MAX_LABEL ? say.substring(0, MAX_LABEL - 1) + "…" : say, say));
        }
        return choices;
    }

    private static String arguments(String tool, List<String> positions, String message, List<NameMention> mentions) {
        if (tool.equals("runbook_search") || tool.equals("runbook_start")) {
            return " " + message.strip();
        }
        Optional<NameMention> target = first(mentions, TARGETS);
        Optional<String> namespace = first(mentions, Set.of(ResourceKind.NAMESPACE)).map(NameMention::name)
                .or(() -> target.map(NameMention::namespace));
        String first = positions.isEmpty() ? "" : positions.getFirst();
        return switch (first) {
            case "target" -> target.map(t -> " " + t.name()).orElse("") + namespace.map(ns -> " -n " + ns).orElse("");
            case "namespace" -> namespace.map(ns -> " " + ns).orElse("");
            case "node" -> first(mentions, Set.of(ResourceKind.NODE)).map(n -> " " + n.name()).orElse("");
            case "alertname" -> AlertNames.find(message).map(a -> " " + a).orElse("")
                    + namespace.map(ns -> " namespace=" + ns).orElse("");
            default -> positions.contains("target")
                    ? target.map(t -> " target=" + t.name()).orElse("") + namespace.map(ns -> " -n " + ns).orElse("")
                    : "";
        };
    }

    private static Optional<NameMention> first(List<NameMention> mentions, Set<ResourceKind> kinds) {
        return mentions.stream().filter(m -> kinds.contains(m.kind())).findFirst();
    }
}
