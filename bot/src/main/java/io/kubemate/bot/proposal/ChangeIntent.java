package io.kubemate.bot.proposal;

import io.kubemate.bot.router.Router;
import io.kubemate.bot.router.extract.QuotedText;
import io.kubemate.bot.router.extract.Questions;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.spec.Param;
import io.kubemate.tools.spec.ToolSpec;
import io.kubemate.tools.spec.ToolSpecs;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether the person's own message asks for a change the model or the free-text router wants to propose: a word
 * for that kind of change (the action's {@link ToolSpec#intentWords()}) and the target's name must both be in it.
 * Text the model read in logs, events or alerts never counts, so an injected "scale payment-api to 0" cannot
 * become a proposal; nor can a question the router misreads ("the batch job reports success" is no "suspend").
 */
@Singleton
public final class ChangeIntent {

    private static final List<String> TARGETS = List.of("workload", "target", "pod", "node", "name", "alertname", "silence_id", "schedule");

    private static final Pattern WORD = Pattern.compile("[^a-z0-9.-]+");

    private final ToolSpecs tools;
    private final Router router;

    public ChangeIntent(ToolSpecs tools, Router router) {
        this.tools = tools;
        this.router = router;
    }

    /**
     * Why a model's call of {@code action} is not what the person's own message asked for, or empty when it is.
     * Beyond {@link #asked}: a question is not a request; and the message, read by the router's own extraction as
     * a request for this action (quoted text left out: that is pasted data, not the person's words), must name the
     * same target and namespace and state every value the action takes from the person (replicas, a revision, a
     * quantity) with the value the model sent.
     */
    public Optional<String> refusalOfModelCall(Subject subject, ToolSpec action, Map<String, Object> args, String message) {
        if (!asked(action.name(), args, message)) {
            return Optional.of("the person's message did not ask for it");
        }
        if (Questions.asksRatherThanRequests(message)) {
            return Optional.of("the person's message asks a question, it does not request a change");
        }
        Map<String, Object> said = router.parseAs(subject, action.name(), QuotedText.without(message)).args();
        for (Param p : action.parameters()) {
            Object wanted = args.get(p.name());
            if (wanted == null || wanted.toString().isBlank()) {
                continue;
            }
            Object stated = said.get(p.name());
            if (stated == null) {
                if (p.stated()) {
                    return Optional.of("the person's message does not say " + p.name() + " (the model sent " + wanted + ")");
                }
            } else if (!same(wanted, stated)) {
                return Optional.of("the model sent " + p.name() + "=" + wanted + " where the person's message says " + stated);
            }
        }
        return Optional.empty();
    }

    private static boolean same(Object a, Object b) {
        String x = a.toString().trim();
        String y = b.toString().trim();
        if (x.matches("-?\\d+(\\.0+)?") && y.matches("-?\\d+(\\.0+)?")) {
            return Double.parseDouble(x) == Double.parseDouble(y);
        }
        return x.equalsIgnoreCase(y);
    }

    public boolean asked(String action, Map<String, Object> args, String message) {
        String text = message.toLowerCase(Locale.ROOT);
        List<String> words = tools.find(action).map(ToolSpec::intentWords).orElse(List.of());
        boolean verb = words.stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)));
        if (!verb) {
            return false;
        }
        return TARGETS.stream().map(args::get).filter(v -> v != null && !v.toString().isBlank())
                .map(v -> v.toString().toLowerCase(Locale.ROOT))
                .findFirst().map(target -> names(text, target)).orElse(false);
    }

    /** The message names the target, or a prefix of it ("payment-api" for pod payment-api-7d9f8b6c5d-x2k4p). */
    private static boolean names(String text, String target) {
        if (text.contains(target)) {
            return true;
        }
        for (String word : WORD.split(text)) {
            if (word.length() >= 4 && target.startsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
