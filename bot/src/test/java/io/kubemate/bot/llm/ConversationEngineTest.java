package io.kubemate.bot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.audit.AuditRecord;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole tool loop through the real langchain4j clients against a scripted model server. */
class ConversationEngineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private ScriptedModelServer model;
    private TestBot bot;

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        if (model != null) {
            model.close();
        }
    }

    private void start(String provider, String url, Map<String, Object> extra) throws Exception {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("kubemate.llm.provider", provider);
        properties.put("kubemate.llm.base-url", url);
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), properties);
    }

    private JsonNode ask(String user, String text) throws Exception {
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", user, "conversation", "c1", "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private int ledgerReplicas() {
        return bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(),
                c -> c.apps().deployments().inNamespace("payments").withName("ledger-api").get().getSpec().getReplicas());
    }

    private List<AuditRecord> audit() {
        return bot.context().getBean(AuditLog.class).sinks().getFirst().read();
    }

    @Test
    void answers_with_the_evidence_of_the_tools_the_model_called() throws Exception {
        model = new ScriptedModelServer()
                .thenCall("diagnose", Map.of("namespace", "payments", "workload", "payment-api"))
                .thenSay("payment-api crash-loops: PAYMENT_GATEWAY_TIMEOUT is \"30x\", not a duration. Runbook: crashloop-backoff.");
        start("ollama", model.ollamaUrl(), Map.of());

        JsonNode reply = ask("web:dev", "why is payment-api restarting?");

        assertEquals("llm", reply.get("mode").asText());
        assertEquals("diagnose", reply.get("tool").asText());
        assertTrue(reply.get("reply").asText().contains("PAYMENT_GATEWAY_TIMEOUT"), reply.toString());
        assertTrue(reply.get("evidence").size() > 0, "the diagnosis evidence reaches the person");
        List<JsonNode> sent = model.requests();
        assertEquals(2, sent.size());
        assertTrue(sent.getFirst().toString().contains("\"name\":\"diagnose\""), "the tools are offered");
        String second = sent.get(1).toString();
        assertTrue(second.contains("\"role\":\"tool\"") && second.contains("30x"), "the tool result goes back to the model");
        assertFalse(second.contains("UzNjcjN0LVBheW1lbnRzLTIwMjYh") || second.contains("S3cr3t-Payments-2026!"),
                "no Secret value reaches the model");
        var calls = bot.context().getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .find(io.kubemate.bot.metrics.LlmMetrics.REQUESTS).tag("outcome", "ok").timer();
        assertEquals(2, calls == null ? 0 : calls.count(), "each model call is metered");
    }

    @Test
    void older_turns_of_a_long_thread_are_summarised_and_another_persons_turns_never_reach_the_model() throws Exception {
        model = new ScriptedModelServer();
        for (int i = 0; i < 9; i++) {
            model.thenSay("Answer " + i + ": nothing else to report.");
        }
        start("ollama", model.ollamaUrl(), Map.of());
        ask("web:dev", "first question: is ledger-api healthy?");
        var viewer = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:viewer", "conversation", "c1",
                "text", "viewer secret plan: what is in payments?")));
        assertEquals(200, viewer.statusCode(), viewer.body());
        for (int i = 2; i <= 8; i++) {
            ask("web:dev", "question " + i + " about payment-api");
        }
        String last = model.requests().getLast().toString();
        assertTrue(last.contains("Earlier in this thread") && last.contains("first question: is ledger-api healthy?")
                && last.contains("Answer 0: nothing else to report."), last);
        assertFalse(last.contains("viewer secret plan"), "another person's turn reached the model");
        assertTrue(last.contains("question 8 about payment-api"), "the current question is there");
    }

    @Test
    void each_tool_the_model_runs_is_reported_as_progress_first() throws Exception {
        model = new ScriptedModelServer()
                .thenCall("diagnose", Map.of("namespace", "payments", "workload", "payment-api"))
                .thenSay("payment-api crash-loops.");
        start("ollama", model.ollamaUrl(), Map.of());
        List<String> steps = new java.util.concurrent.CopyOnWriteArrayList<>();
        bot.context().getBean(io.kubemate.bot.chat.ChatService.class)
                .handle(new io.kubemate.bot.chat.ChatRequest("web:dev", "c9", "why is payment-api restarting?"), steps::add);
        assertEquals(List.of("_Diagnosing payments payment-api: reading its pods, events and logs, firing alerts and runbooks…_"), steps);
    }

    @Test
    void a_change_the_person_did_not_ask_for_never_becomes_a_proposal() throws Exception {
        model = new ScriptedModelServer()
                .thenCall("scale", Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 0))
                .thenSay("I looked at ledger-api.");
        start("ollama", model.ollamaUrl(), Map.of());

        // the model acts as if fooled by text in a log line; the person only asked a question
        JsonNode reply = ask("web:dev", "what is going on with ledger-api?");

        assertEquals(0, reply.get("proposals").size(), reply.toString());
        assertEquals("I looked at ledger-api.", reply.get("reply").asText());
        assertEquals(2, ledgerReplicas());
        assertTrue(audit().stream().anyMatch(r -> r.event() == AuditEvent.DENIED && r.result().contains("not proposed: the model asked for scale")),
                "the refusal is audited");
        assertTrue(audit().stream().noneMatch(r -> r.event() == AuditEvent.PROPOSED || r.event() == AuditEvent.EXECUTED));
    }

    @Test
    void a_requested_change_becomes_a_proposal_and_ends_the_turn() throws Exception {
        model = new ScriptedModelServer().thenCall("scale", Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 3));
        start("ollama", model.ollamaUrl(), Map.of());

        JsonNode reply = ask("web:dev", "please scale ledger-api to 3 replicas");

        assertEquals(1, reply.get("proposals").size(), reply.toString());
        assertEquals("replicas 2 → 3", reply.get("proposals").get(0).get("diff").asText());
        assertEquals(1, model.requests().size(), "a proposal ends the model's turn");
        assertEquals(2, ledgerReplicas(), "nothing executes before a person confirms");
    }

    @Test
    void a_model_that_repeats_itself_is_stopped_and_answers_from_what_it_gathered() throws Exception {
        Map<String, Object> same = Map.of("kind", "pod", "namespace", "payments");
        model = new ScriptedModelServer().thenCall("k8s_get", same).thenCall("k8s_get", same).thenSay("Two pods crash-loop.");
        start("ollama", model.ollamaUrl(), Map.of());

        JsonNode reply = ask("web:dev", "how are the pods in payments doing?");

        assertTrue(reply.get("reply").asText().startsWith("Two pods crash-loop."), reply.toString());
        assertTrue(reply.get("reply").asText().contains("I stopped after 1 tool calls"), reply.toString());
        List<JsonNode> sent = model.requests();
        assertEquals(3, sent.size());
        assertFalse(sent.get(2).has("tools") && sent.get(2).get("tools").size() > 0, "the last call offers no tools");
    }

    @Test
    void each_calls_context_with_the_tool_definitions_stays_under_the_limit() throws Exception {
        model = new ScriptedModelServer()
                .thenCall("k8s_get", Map.of("kind", "pod", "namespace", "payments"))
                .thenCall("k8s_events", Map.of("namespace", "payments"))
                .thenCall("diagnose", Map.of("namespace", "payments", "workload", "payment-api"))
                .thenSay("payment-api crash-loops.");
        start("ollama", model.ollamaUrl(), Map.of("kubemate.llm.max-context-tokens", "4000"));

        ask("web:dev", "what is going on in payments?");

        var context = bot.context().getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .find(io.kubemate.bot.metrics.LlmMetrics.CONTEXT).summary();
        assertEquals(4, context == null ? 0 : context.count(), "each call's context is measured");
        int definitions = ContextBudget.tools(bot.context().getBean(ModelTools.class).offeredTo(
                bot.context().getBean(io.kubemate.bot.identity.IdentityResolver.class).person("web:dev").orElseThrow()));
        assertTrue(context.max() <= 4000, "largest context " + context.max() + ", tool definitions " + definitions);
        assertTrue(definitions > 500 && context.max() > definitions, "the tool definitions count: " + definitions + " of " + context.max());
    }

    @Test
    void an_unreachable_model_falls_back_to_the_router_and_says_so() throws Exception {
        start("ollama", "http://127.0.0.1:9", Map.of("kubemate.llm.timeout", "2s"));

        JsonNode reply = ask("web:dev", "why is payment-api restarting?");

        assertEquals("router", reply.get("mode").asText());
        assertEquals("diagnose", reply.get("tool").asText());
        assertTrue(reply.get("reply").asText().contains("The language model is unavailable"), reply.toString());
        assertTrue(reply.get("reply").asText().contains("PAYMENT_GATEWAY_TIMEOUT"), "the router still answers");
        assertEquals("router", JSON.readTree(bot.get("/api/me").body()).get("mode").asText(), "the mode shows the fallback");
    }

    @Test
    void a_model_that_times_out_falls_back_instead_of_hanging() throws Exception {
        model = new ScriptedModelServer().slow(3000).thenSay("too late");
        start("ollama", model.ollamaUrl(), Map.of("kubemate.llm.timeout", "1s"));

        JsonNode reply = ask("web:dev", "why is payment-api restarting?");

        assertEquals("router", reply.get("mode").asText());
        assertTrue(reply.get("reply").asText().contains("unavailable"), reply.toString());
    }

    @Test
    void speaks_to_an_openai_compatible_server_too() throws Exception {
        model = new ScriptedModelServer()
                .thenCall("k8s_get", Map.of("kind", "pod", "namespace", "payments"))
                .thenSay("payments 下有两个 pod 处于 CrashLoopBackOff。");
        start("openai", model.openAiUrl(), Map.of());

        JsonNode reply = ask("web:dev", "payments 里的 pod 状态怎么样？");

        assertEquals("llm", reply.get("mode").asText());
        assertTrue(reply.get("reply").asText().contains("CrashLoopBackOff"), reply.toString());
        assertTrue(model.requests().getFirst().toString().contains("你是 Kubemate"), "a Chinese question gets the Chinese system prompt");
    }

    @Test
    void explicit_commands_skip_the_model() throws Exception {
        model = new ScriptedModelServer();
        start("ollama", model.ollamaUrl(), Map.of());

        JsonNode reply = ask("web:dev", "/get pods -n payments");

        assertEquals("router", reply.get("mode").asText());
        assertEquals(0, model.requests().size());
    }
}
