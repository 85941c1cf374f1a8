package io.kubemate.bot.llm;

import io.kubemate.bot.chat.Language;
import io.kubemate.bot.chat.Turn;
import io.kubemate.tools.redact.Redactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The turns of a thread older than the ones the model sees in full, folded into one short summary — each
 * question and the first line of its answer — so a long incident thread keeps its thread without a second
 * model call. Oldest lines go first when the summary would exceed its budget.
 */
final class EarlierTurns {

    private static final int LINE_CHARS = 160;

    private final String template;
    private final int maxTokens;

    EarlierTurns(Language language, int maxTokens) {
        this.template = PromptFiles.text(PromptFiles.FOLDER + "earlier_" + language.code() + ".md");
        this.maxTokens = maxTokens;
    }

    Optional<String> summarise(List<Turn> older, Redactor redactor) {
        List<String> lines = new ArrayList<>();
        for (Turn turn : older) {
            lines.add("- " + clip(redactor.redact(turn.text())) + " → " + clip(redactor.redact(firstLine(turn.reply()))));
        }
        while (!lines.isEmpty() && TokenEstimate.of(String.join("\n", lines)) > maxTokens) {
            lines.removeFirst();
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(template.replace("{{turns}}", String.join("\n", lines)));
    }

    private static String firstLine(String reply) {
        return reply == null ? "" : reply.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    private static String clip(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > LINE_CHARS ? flat.substring(0, LINE_CHARS) + "…" : flat;
    }
}
