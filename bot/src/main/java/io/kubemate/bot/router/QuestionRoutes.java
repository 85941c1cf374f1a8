package io.kubemate.bot.router;

import io.kubemate.bot.router.extract.Questions;
import io.kubemate.bot.router.extract.TroubleWords;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.spec.ToolSpec;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Questions routed by what they ask, whatever tool their nearest examples named. "What is wrong with X?" asks for a
 * diagnosis of X (a namespace only sets the scope); "what's wrong?" or "payments 怎么了" names no object and asks for
 * the namespace's triage; and a question never becomes a change: "is it safe to cordon worker-02?" is answered by
 * the read that informs the decision.
 */
final class QuestionRoutes {

    /** Reads a question about trouble is often nearest to: a listing, a dump, alerts, traces, events. */
    private static final Set<String> TROUBLE_READS = Set.of("diagnose", "inspect", "k8s_get", "k8s_describe", "k8s_events",
            "alerts_list", "traces_search");
    /** Log reads, which a question for the cause is near when it says where the symptom showed ("日志里一直报…，是什么原因"). */
    private static final Set<String> LOG_READS = Set.of("logs_query", "pod_logs");
    /** "how do I debug a pod stuck in Pending": a how-to question that names nothing is for the runbooks. */
    /** What a question about a canary release says: without any of it, a trouble question is about the object it names. */
    private static final Pattern CANARY_WORDS = Pattern.compile(
            "canar|traffic|split|weight|new version|stable|promot|金丝雀|灰度|流量|权重|新版本|稳定版|全量|放量");
    /**
     * Symptoms of a backend the inspection checks, quoted by the application that meets them: phrased so, "the chatbot
     * says model not found" is about the model server and "pods can't pull images, is harbor down?" about the registry,
     * not about the object that reports it.
     */
    private static final Pattern BACKEND_SYMPTOMS = Pattern.compile(
            "model\\b.{0,40}\\b(?:not found|does not exist|doesn't exist)|\\bpull\\b.{0,20}\\bimages?\\b|\\b(?:registry|harbor|ollama|vllm)\\b"
                    + "|拉不下|拉不到|拉取不了|无法拉取|镜像仓库");
    private static final Pattern HOW_TO = Pattern.compile("^(?:how (?:do|can|should) (?:i|we|you)|how to)\\b|怎么排查|如何排查|该怎么|怎么处理|如何处理");

    private final FreeTextRouter freeText;
    private final QuestionReads reads;

    QuestionRoutes(FreeTextRouter freeText, QuestionReads reads) {
        this.freeText = freeText;
        this.reads = reads;
    }

    /** {@code phrased}: the route came from a phrasing of the phrase book rather than from the nearest examples. */
    Route apply(Subject subject, String message, Route route, boolean phrased) {
        if (route.tool() == null) {
            return route;
        }
        boolean change = reads.changes().contains(route.tool());
        boolean question = Questions.asksRatherThanRequests(message);
        boolean trouble = TroubleWords.asksWhatIsWrong(message);
        if (phrased && route.tool().equals("inspect") && BACKEND_SYMPTOMS.matcher(message.toLowerCase(Locale.ROOT)).find()) {
            return route;
        }
        if (trouble && (TROUBLE_READS.contains(route.tool()) || change && question
                || LOG_READS.contains(route.tool()) && TroubleWords.asksForTheCause(message))) {
            return trouble(subject, message, route);
        }
        if (route.tool().equals("canary") && !CANARY_WORDS.matcher(message.toLowerCase(Locale.ROOT)).find()
                && TroubleWords.asksWhatIsWrong(message)) {
            // "what is the error in the deployment named app?": near a canary's error-rate examples, but about one object
            Route diagnose = freeText.argumentsFor(subject, "diagnose", message);
            return diagnose.ask() == null && !diagnose.args().isEmpty() ? diagnose : route;
        }
        if (route.tool().equals("runbook_search") && TroubleWords.asksWhatIsWrong(message)) {
            // "why is the node-exporter DaemonSet not running on all nodes?": about one object, not about the runbooks
            Route diagnose = freeText.argumentsFor(subject, "diagnose", message);
            boolean namesObject = diagnose.ask() == null && !diagnose.args().isEmpty();
            return namesObject ? diagnose : route;
        }
        if (question && !change && Set.of("diagnose", "inspect").contains(route.tool())) {
            // "would restarting ledger-api affect users?": about a change, though nearest a diagnosis
            Optional<String> about = changeNamed(message);
            if (about.isPresent()) {
                return reads.answer(message, new Route(about.get(), route.args(), route.confidence(), route.ask(),
                        route.candidates(), route.choices())).orElse(route);
            }
        }
        if (change && question) {
            if (route.ask() != null && HOW_TO.matcher(message.strip().toLowerCase(Locale.ROOT)).find()) {
                return Route.of("runbook_search", Map.of("query", message.strip()), route.confidence());
            }
            return reads.answer(message, route).orElseGet(Route::unknown);
        }
        return route;
    }

    /** The one change whose words the message uses ("restarting" → rollout_restart), if exactly one. */
    private Optional<String> changeNamed(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        List<String> named = freeText.tools().all().stream()
                .filter(spec -> reads.changes().contains(spec.name()) && spec.undoes() == null)
                .filter(spec -> spec.intentWords().stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT))))
                .map(ToolSpec::name).toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    /** A diagnosis of the object the message names; with none, the triage of its namespace (or all the person's). */
    private Route trouble(Subject subject, String message, Route route) {
        if (route.tool().equals("diagnose") && (route.ask() == null || !route.ask().key().equals("which_workload_or_pod"))) {
            return route;
        }
        Route diagnose = freeText.argumentsFor(subject, "diagnose", message);
        boolean namesNothing = diagnose.ask() != null && diagnose.ask().key().equals("which_workload_or_pod");
        Route answer = namesNothing ? freeText.argumentsFor(subject, "inspect", message) : diagnose;
        double confidence = Math.max(route.confidence(), Math.min(answer.confidence(), 0.8));
        return new Route(answer.tool(), answer.args(), answer.ask() == null ? confidence : answer.confidence(), answer.ask(),
                answer.candidates(), List.of());
    }
}
