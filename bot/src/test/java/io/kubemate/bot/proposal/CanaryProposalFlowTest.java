package io.kubemate.bot.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.audit.AuditRecord;
import io.kubemate.bot.cli.ClusterOptions;
import io.kubemate.tools.canary.Canary;
import io.kubemate.tools.canary.CanaryObjects;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Canary changes asked for in chat and confirmed over the API, against the rolled-back-canary scenario with its metrics. */
class CanaryProposalFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestBot bot;

    @BeforeAll
    static void start() throws Exception {
        bot = TestBot.start(ClusterOptions.scenario(Path.of("../evals/scenarios/canary-checkout-errors-rising")), Map.of());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    private static JsonNode chat(String user, String conversation, String text) throws Exception {
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", user, "conversation", conversation, "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String split() {
        return Canary.of(bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(),
                c -> CanaryObjects.get(c, "TrafficSplit", "shop", "checkout"))).split();
    }

    private static List<AuditRecord> audited(String conversation) {
        return bot.context().getBean(AuditLog.class).sinks().getFirst().read().stream()
                .filter(r -> conversation.equals(r.conversation())).toList();
    }

    @Test
    void an_abort_shows_the_weights_and_the_metrics_and_executes_as_the_requester_once_confirmed() throws Exception {
        JsonNode proposal = chat("web:dev", "abort", "abort the checkout canary").get("proposals").get(0);
        assertEquals("canary_abort", proposal.get("action").asText());
        String diff = proposal.get("diff").asText();
        assertTrue(diff.startsWith("TrafficSplit shop/checkout: checkout-primary 80% → 100%, checkout-canary 20% → 0%\nnow: stable checkout-primary success 99.70%"),
                diff);
        assertTrue(diff.contains("canary checkout-canary success 94.00%") && diff.contains("verdict roll back"), diff);
        assertEquals("checkout-primary 80 / checkout-canary 20", split(), "proposing changes nothing");

        var done = JSON.readTree(bot.post("/api/proposals/" + proposal.get("id").asText(), JSON.writeValueAsString(Map.of("user", "web:dev",
                "conversation", "abort", "decision", "confirm"))).body());
        assertEquals("executed", done.get("status").asText(), done.toString());
        assertEquals("checkout-primary 100 / checkout-canary 0", split());
        assertEquals(List.of(AuditEvent.PROPOSED, AuditEvent.CONFIRMED, AuditEvent.EXECUTED), audited("abort").stream().map(AuditRecord::event).toList());
        assertEquals(Map.of("namespace", "shop", "name", "checkout", "kind", "TrafficSplit", "canary_percent", 0),
                Map.copyOf(audited("abort").getFirst().args()));
    }

    @Test
    void a_question_about_promoting_reads_the_canary_and_proposes_nothing() throws Exception {
        JsonNode reply = chat("web:dev", "ask", "should we promote the checkout canary?");
        assertEquals(0, reply.get("proposals").size(), reply.toString());
        assertTrue(reply.get("reply").asText().contains("Roll back"), reply.get("reply").asText());
    }

    @Test
    void a_person_without_the_permission_gets_a_refusal_naming_it() throws Exception {
        JsonNode reply = chat("web:viewer", "viewer", "promote the checkout canary");
        assertEquals(0, reply.get("proposals").size(), reply.toString());
        assertTrue(reply.get("reply").asText().contains("canary.promote"), reply.get("reply").asText());
    }

    @Test
    void promote_without_naming_the_canary_asks_which() throws Exception {
        JsonNode reply = chat("web:dev", "which", "promote the canary");
        assertEquals(0, reply.get("proposals").size(), reply.toString());
        assertTrue(reply.get("reply").asText().contains("which canary"), reply.get("reply").asText());
    }
}
