package io.kubemate.evals.router;

import io.kubemate.bot.router.Route;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RouterScoreTest {

    private static final Map<String, Route> ROUTES = Map.of(
            "scale a to 3", Route.of("scale", Map.of("workload", "a", "replicas", 3), 0.9),
            "scale a to 4", Route.of("scale", Map.of("workload", "a", "replicas", 3), 0.9),
            "a 的日志", new Route("pod_logs", Map.of(), 0.3, io.kubemate.bot.router.Ask.of("which_pod"), List.of()),
            "tell me a joke", Route.unknown(),
            "write a poem", new Route("scale", Map.of(), 0.65, io.kubemate.bot.router.Ask.of("which_tool", "scale", "rollback"), List.of("scale", "rollback")),
            "sing", Route.of("inspect", Map.of(), 0.8));

    @Test
    void counts_the_tool_and_then_every_labeled_argument_without_a_question_back() {
        RouterScore score = RouterScore.of(List.of(
                new LabeledUtterance("en", "scale a to 3", "scale", Map.of("replicas", 3)),
                new LabeledUtterance("en", "scale a to 4", "scale", Map.of("replicas", 4)),
                new LabeledUtterance("zh", "a 的日志", "pod_logs", Map.of())), ROUTES::get);
        assertEquals(new RouterScore.Tally(2, 2, 1), score.byLanguage().get("en"));
        assertEquals(new RouterScore.Tally(1, 1, 0), score.byLanguage().get("zh"));
        assertEquals(new RouterScore.Tally(3, 3, 1), score.overall());
        assertEquals(2, score.misses().size());
    }

    @Test
    void chat_no_tool_answers_is_right_only_when_nothing_runs_without_asking() {
        RouterScore score = RouterScore.of(List.of(
                new LabeledUtterance("en", "tell me a joke", RouterScore.NONE, null),
                new LabeledUtterance("en", "write a poem", RouterScore.NONE, null),
                new LabeledUtterance("en", "sing", RouterScore.NONE, null)), ROUTES::get);
        assertEquals(new RouterScore.Tally(3, 2, 2), score.overall());
        assertEquals("sing", score.misses().getFirst().utterance().text());
    }

    @Test
    void an_ask_label_is_right_only_when_the_router_asks_and_a_question_routed_to_a_change_is_counted() {
        Map<String, Route> routes = Map.of(
                "logs of twin", new Route("pod_logs", Map.of(), 0.5, io.kubemate.bot.router.Ask.of("which_namespace", "twin"), List.of()),
                "logs of other", Route.of("pod_logs", Map.of("pod", "other"), 0.9),
                "should we roll back a?", Route.of("rollback", Map.of("workload", "a"), 0.9),
                "is b suspended?", Route.of("k8s_get", Map.of("kind", "cronjob"), 0.9));
        RouterScore score = RouterScore.of(List.of(
                new LabeledUtterance("en", "logs of twin", "pod_logs", null, true, false),
                new LabeledUtterance("en", "logs of other", "pod_logs", null, true, false),
                new LabeledUtterance("en", "should we roll back a?", "rollout_history", null, false, true),
                new LabeledUtterance("en", "is b suspended?", "k8s_get", null, false, true)),
                routes::get, tool -> tool.equals("rollback"));
        assertEquals(1, score.askRight());
        assertEquals(2, score.askTotal());
        assertEquals(List.of("should we roll back a?"), score.questionsProposed());
        assertEquals(2, score.questionTotal());
        assertEquals(new RouterScore.Tally(4, 3, 2), score.overall());
    }
}
