package io.kubemate.evals.router;

import io.kubemate.bot.router.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Tool accuracy (the route names the expected tool) and tool+argument accuracy (and it does not ask back, and
 * every expected argument has the expected value), per language and overall. A message labeled {@code ask} counts as
 * right for tool+args when the router asks back without switching between reading and changing; a message labeled
 * {@code question} that routes to a change tool counts as a question proposed as a change.
 */
public final class RouterScore {

    public record Tally(int total, int tool, int toolAndArgs) {

        public double toolAccuracy() {
            return total == 0 ? 0 : (double) tool / total;
        }

        public double toolAndArgsAccuracy() {
            return total == 0 ? 0 : (double) toolAndArgs / total;
        }

        Tally plus(boolean toolRight, boolean argsRight) {
            return new Tally(total + 1, tool + (toolRight ? 1 : 0), toolAndArgs + (argsRight ? 1 : 0));
        }
    }

    public record Miss(LabeledUtterance utterance, Route route) {
    }

    /** The label of a message no tool answers. */
    public static final String NONE = "none";

    private final Map<String, Tally> byLanguage = new TreeMap<>();
    private Tally overall = new Tally(0, 0, 0);
    private final List<Miss> misses = new ArrayList<>();
    private final Predicate<String> isAction;
    private int askTotal;
    private int askRight;
    private int questionTotal;
    private final List<String> questionsProposed = new ArrayList<>();

    private RouterScore(Predicate<String> isAction) {
        this.isAction = isAction;
    }

    public static RouterScore of(List<LabeledUtterance> utterances, Function<String, Route> router) {
        return of(utterances, router, tool -> false);
    }

    /** With {@code isAction} telling the change tools apart, for the count of questions proposed as changes. */
    public static RouterScore of(List<LabeledUtterance> utterances, Function<String, Route> router,
                                 Predicate<String> isAction) {
        RouterScore score = new RouterScore(isAction);
        utterances.forEach(u -> score.add(u, router.apply(u.text())));
        return score;
    }

    void add(LabeledUtterance u, Route route) {
        if (u.question()) {
            questionTotal++;
            if (route.tool() != null && isAction.test(route.tool())) {
                questionsProposed.add(u.text());
            }
        }
        if (u.ask()) {
            askTotal++;
            boolean asked = route.ask() != null
                    && (route.tool() == null || isAction.test(route.tool()) == isAction.test(u.tool()));
            askRight += asked ? 1 : 0;
            tally(u, route, u.tool().equals(route.tool()), asked);
            return;
        }
        if (u.tool().equals(NONE)) {
            // chat no tool answers: right when nothing would run without the person choosing
            tally(u, route, !route.understood(), !route.understood());
            return;
        }
        boolean toolRight = u.tool().equals(route.tool());
        boolean argsRight = toolRight && route.ask() == null && u.args().entrySet().stream()
                .allMatch(e -> String.valueOf(e.getValue()).equals(String.valueOf(route.args().get(e.getKey()))));
        tally(u, route, toolRight, argsRight);
    }

    private void tally(LabeledUtterance u, Route route, boolean toolRight, boolean argsRight) {
        byLanguage.merge(u.lang(), new Tally(0, 0, 0).plus(toolRight, argsRight),
                (a, b) -> new Tally(a.total() + b.total(), a.tool() + b.tool(), a.toolAndArgs() + b.toolAndArgs()));
        overall = overall.plus(toolRight, argsRight);
        if (!argsRight) {
            misses.add(new Miss(u, route));
        }
    }

    public Map<String, Tally> byLanguage() {
        return Map.copyOf(byLanguage);
    }

    public Tally overall() {
        return overall;
    }

    /** Messages labeled {@code ask}, and how many of them the router asked back. */
    public int askTotal() {
        return askTotal;
    }

    public int askRight() {
        return askRight;
    }

    public int questionTotal() {
        return questionTotal;
    }

    /** The messages labeled {@code question} that the router routed to a change tool. */
    public List<String> questionsProposed() {
        return List.copyOf(questionsProposed);
    }

    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    /** A Markdown table, then one line per miss. */
    public String report() {
        StringBuilder out = new StringBuilder("| language | utterances | tool accuracy | tool+args accuracy |\n| --- | --- | --- | --- |\n");
        byLanguage.forEach((lang, t) -> out.append(row(lang, t)));
        out.append(row("all", overall));
        if (askTotal > 0 || questionTotal > 0) {
            out.append(String.format("%nasked back: %d of %d; questions proposed as changes: %d of %d%n",
                    askRight, askTotal, questionsProposed.size(), questionTotal));
        }
        misses.forEach(m -> out.append("\nmiss [").append(m.utterance().lang()).append("] ").append(m.utterance().text())
                .append(" → expected ").append(m.utterance().tool()).append(' ').append(m.utterance().args())
                .append(", got ").append(m.route().tool()).append(' ').append(m.route().args())
                .append(m.route().ask() == null ? "" : " ask: " + m.route().ask()).append(" (").append(m.route().confidence()).append(')'));
        return out.append('\n').toString();
    }

    private static String row(String lang, Tally t) {
        return String.format("| %s | %d | %.3f | %.3f |%n", lang, t.total(), t.toolAccuracy(), t.toolAndArgsAccuracy());
    }
}
