package io.kubemate.bot.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.audit.AuditRecord;
import io.kubemate.bot.identity.IdentityResolver;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 item 8: a proposal confirmed after its target changed must not execute against the new state, and the
 * audit must not record a diff that is no longer true. The person gets the current diff and a fresh proposal.
 */
class StateBindingAttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private TestBot bot;

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.scenario();
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private String propose(String action, Map<String, Object> args) {
        var person = bot.context().getBean(IdentityResolver.class).person("web:dev").orElseThrow();
        ProposalOutcome outcome = bot.context().getBean(Proposer.class).propose(person, "t1", action, args);
        assertTrue(outcome instanceof ProposalOutcome.Proposed, outcome.toString());
        return ((ProposalOutcome.Proposed) outcome).proposal().id();
    }

    private JsonNode confirm(String id) throws Exception {
        var response = bot.post("/api/proposals/" + id, JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "t1",
                "decision", "confirm")));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private <T> T read(java.util.function.Function<io.fabric8.kubernetes.api.model.apps.Deployment, T> field) {
        return bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(),
                c -> field.apply(c.apps().deployments().inNamespace("payments").withName("ledger-api").get()));
    }

    private List<AuditRecord> audit() {
        return bot.context().getBean(AuditLog.class).sinks().getFirst().read();
    }

    private void refusedAsChanged(JsonNode decision) {
        assertEquals("rejected", decision.path("status").asText(), decision.toString());
        assertTrue(decision.path("reason").asText().contains("changed since proposed"), decision.toString());
        assertTrue(audit().stream().anyMatch(r -> r.event() == AuditEvent.DENIED && r.result().contains("changed since proposed")),
                "the refusal is audited: " + audit());
    }

    @Test
    void a_scale_confirmed_after_another_scale_is_refused_with_the_current_diff_and_a_fresh_proposal() throws Exception {
        String first = propose("scale", Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 3));
        String second = propose("scale", Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 12));
        assertEquals("executed", confirm(second).path("status").asText());
        JsonNode late = confirm(first);
        assertEquals(12, (int) read(d -> d.getSpec().getReplicas()), "the stale proposal did not execute");
        refusedAsChanged(late);
        assertTrue(late.path("reason").asText().contains("replicas 12 → 3"), late.toString());
        JsonNode fresh = late.path("proposal");
        assertEquals("replicas 12 → 3", fresh.path("diff").asText(), late.toString());
        assertEquals("executed", confirm(fresh.path("id").asText()).path("status").asText(), "the fresh proposal can be confirmed");
        assertEquals(3, (int) read(d -> d.getSpec().getReplicas()));
    }

    @Test
    void a_resource_change_confirmed_after_another_one_is_refused() throws Exception {
        String first = propose("set_resources", Map.of("namespace", "payments", "workload", "ledger-api", "memory_limit", "1Gi"));
        String second = propose("set_resources", Map.of("namespace", "payments", "workload", "ledger-api", "memory_limit", "2Gi"));
        assertEquals("executed", confirm(second).path("status").asText());
        refusedAsChanged(confirm(first));
        assertEquals("2Gi", read(d -> d.getSpec().getTemplate().getSpec().getContainers().getFirst().getResources().getLimits()
                .get("memory").toString()));
    }

    @Test
    void a_restart_confirmed_after_another_restart_is_refused() throws Exception {
        String first = propose("rollout_restart", Map.of("namespace", "payments", "workload", "ledger-api"));
        String second = propose("rollout_restart", Map.of("namespace", "payments", "workload", "ledger-api"));
        assertEquals("executed", confirm(second).path("status").asText());
        String restartedAt = read(d -> d.getSpec().getTemplate().getMetadata().getAnnotations().get("kubectl.kubernetes.io/restartedAt"));
        refusedAsChanged(confirm(first));
        assertEquals(restartedAt, read(d -> d.getSpec().getTemplate().getMetadata().getAnnotations()
                .get("kubectl.kubernetes.io/restartedAt")), "no second restart");
    }

    @Test
    void a_change_made_outside_the_bot_after_the_proposal_is_noticed() throws Exception {
        String proposal = propose("scale", Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 3));
        bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(), c -> c.apps().deployments().inNamespace("payments")
                .withName("ledger-api").edit(d -> { d.getSpec().setReplicas(7); return d; }));
        refusedAsChanged(confirm(proposal));
        assertEquals(7, (int) read(d -> d.getSpec().getReplicas()));
    }

    @Test
    void fifty_concurrent_confirmations_still_execute_once() throws Exception {
        String id = propose("scale", Map.of("namespace", "payments", "workload", "ledger-api", "replicas", 5));
        List<Future<String>> clicks = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            Callable<String> click = () -> confirm(id).path("status").asText();
            for (int i = 0; i < 50; i++) {
                clicks.add(pool.submit(click));
            }
        }
        List<String> statuses = new ArrayList<>();
        for (Future<String> click : clicks) {
            statuses.add(click.get());
        }
        assertEquals(1, statuses.stream().filter("executed"::equals).count(), statuses.toString());
        assertEquals(1, audit().stream().filter(r -> r.event() == AuditEvent.EXECUTED).count());
        assertNotNull(read(d -> d.getSpec().getReplicas()));
    }
}
