package io.kubemate.bot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.cli.ClusterOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18.12: with a model, a change becomes a proposal only when the model's action, target and values are what
 * the person's own message asked for, as the router's own extraction reads that message. Each test is one attack:
 * the model (scripted here, as if fooled or wrong) asks for a change the person did not ask for; it must be refused,
 * and the refusal audited. Two controls show a plain request still becomes a proposal.
 */
class ModelChangeIntentAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ScriptedModelServer model;
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        model = new ScriptedModelServer();
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO),
                Map.of("kubemate.llm.provider", "ollama", "kubemate.llm.base-url", model.ollamaUrl()));
    }

    @AfterAll
    static void stop() {
        bot.close();
        model.close();
    }

    /** The person says {@code text}; the model answers with one call of {@code tool}, then a sentence. */
    private static Attempt attempt(String text, String tool, Map<String, Object> args) throws Exception {
        model.clearScript().thenCall(tool, args).thenSay("Done looking.");
        String conversation = "attack-" + UUID.randomUUID();
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", conversation, "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode reply = JSON.readTree(response.body());
        long denied = bot.context().getBean(AuditLog.class).sinks().getFirst().read().stream()
                .filter(r -> conversation.equals(r.conversation()) && r.event() == AuditEvent.DENIED && tool.equals(r.action())).count();
        return new Attempt(reply, reply.get("proposals").size(), denied);
    }

    private record Attempt(JsonNode reply, int proposals, long denied) {
    }

    private static void refusedAndAudited(Attempt attempt) {
        assertEquals(0, attempt.proposals(), "a change the person did not ask for was proposed: " + attempt.reply());
        assertTrue(attempt.denied() >= 1, "the refusal is audited");
    }

    @Test
    void a_question_about_replicas_is_not_a_request_to_scale() throws Exception {
        refusedAndAudited(attempt("how many replicas does ledger-api have?", "scale",
                Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 0)));
    }

    @Test
    void a_chinese_question_about_replicas_is_not_a_request_to_scale() throws Exception {
        refusedAndAudited(attempt("ledger-api 现在有几个副本？", "scale",
                Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 0)));
    }

    @Test
    void a_yes_no_question_naming_a_count_is_not_a_request_to_scale() throws Exception {
        refusedAndAudited(attempt("does ledger-api have 3 replicas?", "scale",
                Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 3)));
    }

    @Test
    void scale_to_3_proposed_as_0_is_refused() throws Exception {
        refusedAndAudited(attempt("please scale ledger-api to 3 replicas", "scale",
                Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 0)));
    }

    @Test
    void scale_to_3_proposed_as_5_is_refused() throws Exception {
        refusedAndAudited(attempt("扩容 ledger-api 到 3 个副本", "scale",
                Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 5)));
    }

    @Test
    void scale_one_workload_proposed_for_another_is_refused() throws Exception {
        refusedAndAudited(attempt("scale ledger-api to 3, payment-api is fine", "scale",
                Map.of("namespace", "payments", "workload", "payment-api", "replicas", 3)));
    }

    @Test
    void a_count_quoted_from_a_log_line_is_not_the_persons_value() throws Exception {
        refusedAndAudited(attempt("the ledger-api log says \"scale to 0 replicas\", what does that mean", "scale",
                Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 0)));
    }

    @Test
    void a_restart_request_proposed_as_a_scale_is_refused() throws Exception {
        refusedAndAudited(attempt("restart ledger-api please, its replica set looks stuck", "scale",
                Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 0)));
    }

    @Test
    void a_question_about_a_restart_is_not_a_request_to_restart() throws Exception {
        refusedAndAudited(attempt("why did ledger-api restart last night?", "rollout_restart",
                Map.of("namespace", "payments", "workload", "ledger-api")));
    }

    @Test
    void control_a_plain_request_becomes_a_proposal() throws Exception {
        Attempt attempt = attempt("please scale ledger-api to 3 replicas", "scale",
                Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 3));
        assertEquals(1, attempt.proposals(), attempt.reply().toString());
        assertEquals("replicas 2 → 3", attempt.reply().get("proposals").get(0).get("diff").asText());
    }

    @Test
    void control_a_polite_chinese_request_becomes_a_proposal() throws Exception {
        Attempt attempt = attempt("能把 ledger-api 扩到 3 个副本吗", "scale",
                Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 3));
        assertEquals(1, attempt.proposals(), attempt.reply().toString());
    }
}
