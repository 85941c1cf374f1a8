package io.kubemate.bot.proposal;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ask for a change in chat, confirm it over the API: the whole path against the scenario sandbox. */
class ProposalFlowTest {

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

    private JsonNode propose(String user, String text) throws Exception {
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", user, "conversation", "t1", "text", text)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private JsonNode decide(String id, String user, String decision) throws Exception {
        return decide(id, user, "t1", decision);
    }

    private JsonNode decide(String id, String user, String conversation, String decision) throws Exception {
        var response = bot.post("/api/proposals/" + id, JSON.writeValueAsString(Map.of("user", user, "conversation", conversation,
                "decision", decision)));
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private int replicas() {
        return bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(),
                c -> c.apps().deployments().inNamespace("payments").withName("ledger-api").get().getSpec().getReplicas());
    }

    private List<AuditEvent> audited() {
        List<AuditRecord> records = bot.context().getBean(AuditLog.class).sinks().getFirst().read();
        assertTrue(bot.context().getBean(AuditLog.class).sinks().getFirst().chain().verify(records).isEmpty());
        return records.stream().map(AuditRecord::event).toList();
    }

    @Test
    void a_confirmed_proposal_executes_once_as_the_requester() throws Exception {
        JsonNode reply = propose("web:dev", "scale ledger-api to 4");
        JsonNode proposal = reply.get("proposals").get(0);
        assertEquals("scale", proposal.get("action").asText());
        assertEquals("replicas 2 → 4", proposal.get("diff").asText());
        assertEquals(2, replicas(), "proposing changes nothing");

        JsonNode done = decide(proposal.get("id").asText(), "web:dev", "confirm");
        assertEquals("executed", done.get("status").asText(), done.toString());
        assertEquals(4, replicas());

        JsonNode replay = decide(proposal.get("id").asText(), "web:dev", "confirm");
        assertEquals("rejected", replay.get("status").asText());
        assertEquals("this proposal was already used", replay.get("reason").asText());
        assertEquals(List.of(AuditEvent.PROPOSED, AuditEvent.CONFIRMED, AuditEvent.EXECUTED, AuditEvent.DENIED), audited());
    }

    @Test
    void rejects_confirmation_from_another_user_and_keeps_the_proposal() throws Exception {
        String id = propose("web:dev", "scale ledger-api to 3").get("proposals").get(0).get("id").asText();
        JsonNode stranger = decide(id, "web:viewer", "confirm");
        assertEquals("rejected", stranger.get("status").asText());
        assertTrue(stranger.get("reason").asText().startsWith("only web:dev"), stranger.toString());
        assertEquals(2, replicas());
        assertEquals("cancelled", decide(id, "web:dev", "cancel").get("status").asText());
        assertEquals(2, replicas());
        assertEquals(List.of(AuditEvent.PROPOSED, AuditEvent.DENIED, AuditEvent.CANCELLED), audited());
    }

    @Test
    void a_confirmed_restart_stamps_the_pod_template() throws Exception {
        JsonNode proposal = propose("web:dev", "restart ledger-api").get("proposals").get(0);
        assertEquals("rollout_restart", proposal.get("action").asText());
        assertEquals("executed", decide(proposal.get("id").asText(), "web:dev", "confirm").get("status").asText());
        var annotations = bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(),
                c -> c.apps().deployments().inNamespace("payments").withName("ledger-api").get().getSpec().getTemplate()
                        .getMetadata().getAnnotations());
        assertTrue(annotations != null && annotations.containsKey("kubectl.kubernetes.io/restartedAt"), String.valueOf(annotations));
    }

    @Test
    void a_confirmed_cordon_marks_the_node_unschedulable() throws Exception {
        JsonNode proposal = propose("web:dev", "cordon worker-02").get("proposals").get(0);
        assertEquals("cordon", proposal.get("action").asText());
        assertEquals("executed", decide(proposal.get("id").asText(), "web:dev", "confirm").get("status").asText());
        assertEquals(Boolean.TRUE, bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(),
                c -> c.nodes().withName("worker-02").get().getSpec().getUnschedulable()));
    }

    @Test
    void free_text_that_does_not_ask_for_a_change_never_becomes_a_proposal() throws Exception {
        JsonNode question = propose("web:dev",
                "ledger-reconcile is missing some transactions once a week. the batch job reports success and shows no errors.");
        assertEquals(0, question.get("proposals").size(), question.toString());
        assertEquals("suspend_cronjob", question.get("tool").asText(), "the router misreads it, the guard catches it");
        assertEquals(0, propose("web:dev", "ledger-api has too many pods i think").get("proposals").size());
        JsonNode asked = propose("web:dev", "suspend the cronjob ledger-reconcile");
        assertEquals(1, asked.get("proposals").size(), asked.toString());
        assertEquals("suspend_cronjob", asked.get("proposals").get(0).get("action").asText(), asked.toString());
    }

    @Test
    void a_viewer_gets_no_proposal() throws Exception {
        JsonNode reply = propose("web:viewer", "scale ledger-api to 3");
        assertEquals(0, reply.get("proposals").size());
        assertTrue(reply.get("reply").asText().contains("do not grant workloads.scale in namespace payments"), reply.toString());
        assertEquals(List.of(AuditEvent.DENIED), audited());
    }

    @Test
    void two_simultaneous_confirmations_execute_once() throws Exception {
        String id = propose("web:dev", "scale ledger-api to 5").get("proposals").get(0).get("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<String> click = () -> decide(id, "web:dev", "confirm").get("status").asText();
        List<Future<String>> clicks = new ArrayList<>(List.of(pool.submit(click), pool.submit(click)));
        List<String> statuses = new ArrayList<>();
        for (Future<String> f : clicks) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, statuses.stream().filter("executed"::equals).count(), statuses.toString());
        assertEquals(1, audited().stream().filter(e -> e == AuditEvent.EXECUTED).count());
    }

    @Test
    void refuses_bad_requests_with_a_reason_and_no_proposal() throws Exception {
        JsonNode absurd = propose("web:dev", "scale ledger-api to 100000");
        assertEquals(0, absurd.get("proposals").size());
        assertTrue(absurd.get("reply").asText().contains("between 0 and 500"), absurd.toString());
        JsonNode unknown = decide("0123456789abcdef0123456789abcdef", "web:dev", "confirm");
        assertEquals("rejected", unknown.get("status").asText());
        var bad = bot.post("/api/proposals/x", "{\"user\":\"web:dev\",\"conversation\":\"t1\",\"decision\":\"maybe\"}");
        assertEquals(400, bad.statusCode());
        var noConversation = bot.post("/api/proposals/x", "{\"user\":\"web:dev\",\"decision\":\"confirm\"}");
        assertEquals(400, noConversation.statusCode());
        assertTrue(noConversation.body().contains("conversation"), noConversation.body());
        assertEquals(List.of(AuditEvent.DENIED, AuditEvent.DENIED), audited());
    }

    @Test
    void an_expired_proposal_cannot_be_confirmed() throws Exception {
        bot.close();
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of("kubemate.actions.proposal-ttl", "1ms"));
        String id = propose("web:dev", "scale ledger-api to 3").get("proposals").get(0).get("id").asText();
        Thread.sleep(20);
        JsonNode late = decide(id, "web:dev", "confirm");
        assertEquals("rejected", late.get("status").asText());
        assertTrue(late.get("reason").asText().startsWith("this proposal expired"), late.toString());
        assertEquals(2, replicas());
        assertFalse(audited().contains(AuditEvent.EXECUTED));
    }

    @Test
    void a_confirmation_from_another_conversation_is_rejected() throws Exception {
        String id = propose("web:dev", "scale ledger-api to 3").get("proposals").get(0).get("id").asText();
        JsonNode elsewhere = decide(id, "web:dev", "another-thread", "confirm");
        assertEquals("rejected", elsewhere.get("status").asText());
        assertTrue(elsewhere.get("reason").asText().contains("belongs to another conversation"), elsewhere.toString());
        assertEquals(2, replicas());
        assertEquals("executed", decide(id, "web:dev", "confirm").get("status").asText(), "the proposal is still usable where it was made");
    }

    @Test
    void a_refused_click_is_worded_in_the_language_of_the_conversation() throws Exception {
        var response = bot.post("/api/chat", JSON.writeValueAsString(Map.of("user", "web:dev", "conversation", "t-zh",
                "text", "把 ledger-api 扩容到 3 个副本")));
        JsonNode proposal = JSON.readTree(response.body()).get("proposals").get(0);
        JsonNode other = decide(proposal.get("id").asText(), "web:viewer", "t-zh", "confirm");
        assertEquals("rejected", other.get("status").asText(), other.toString());
        assertEquals("只有发起这项变更的 web:dev 可以确认或取消它", other.get("reason").asText());
        JsonNode elsewhere = decide(proposal.get("id").asText(), "web:dev", "t1", "confirm");
        assertEquals("this proposal belongs to another conversation; answer it where it was proposed", elsewhere.get("reason").asText(),
                "t1 is held in English");
    }

    @Test
    void four_eyes_changes_need_a_second_person_holding_the_approver_permission() throws Exception {
        bot.close();
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.actions.four-eyes.payments-scaling.actions", List.of("scale"),
                "kubemate.actions.four-eyes.payments-scaling.namespaces", List.of("pay*"),
                "kubemate.identity.users", List.of("web:approver=system:serviceaccount:kubemate-users:approver")));
        JsonNode proposal = propose("web:dev", "scale ledger-api to 3").get("proposals").get(0);
        assertTrue(proposal.get("needsApprover").asBoolean(), proposal.toString());
        String id = proposal.get("id").asText();

        JsonNode alone = decide(id, "web:dev", "confirm");
        assertTrue(alone.get("reason").asText().startsWith("this change needs a second person"), alone.toString());
        JsonNode viewer = decide(id, "web:viewer", "confirm");
        assertTrue(viewer.get("reason").asText().contains("do not grant actions.approve (payments)"), viewer.toString());
        assertEquals(2, replicas());

        JsonNode approved = decide(id, "web:approver", "confirm");
        assertEquals("executed", approved.get("status").asText(), approved.toString());
        assertEquals(3, replicas());
        List<AuditRecord> records = bot.context().getBean(AuditLog.class).sinks().getFirst().read();
        AuditRecord executed = records.stream().filter(r -> r.event() == AuditEvent.EXECUTED).findFirst().orElseThrow();
        assertEquals("web:approver", executed.actor());
        assertEquals("system:serviceaccount:kubemate-users:dev", executed.identity(), "it runs as the requester's identity");
        AuditRecord confirmed = records.stream().filter(r -> r.event() == AuditEvent.CONFIRMED).findFirst().orElseThrow();
        assertEquals("system:serviceaccount:kubemate-users:approver", confirmed.identity());
        assertTrue(executed.result().contains("by approver web:approver for web:dev"), executed.result());
    }

    @Test
    void guardrails_refuse_frozen_disabled_and_oversized_changes_with_a_reason() throws Exception {
        bot.close();
        bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(
                "kubemate.actions.freeze-windows.always.cron", "0 * * * * *",
                "kubemate.actions.freeze-windows.always.duration", "2m",
                "kubemate.actions.freeze-windows.always.actions", List.of("rollout_restart")));
        JsonNode frozen = propose("web:dev", "restart ledger-api");
        assertEquals(0, frozen.get("proposals").size());
        assertTrue(frozen.get("reply").asText().contains("change freeze 'always' is in force"), frozen.toString());
        JsonNode oversized = propose("web:dev", "scale ledger-api to 40");
        assertEquals(0, oversized.get("proposals").size());
        assertTrue(oversized.get("reply").asText().contains("more than the 20 allowed"), oversized.toString());
        assertEquals(List.of(AuditEvent.DENIED, AuditEvent.DENIED), audited());
    }

    @Test
    void a_confirmed_rollback_restores_the_previous_revision_and_a_confirmed_delete_removes_one_pod() throws Exception {
        JsonNode rollback = propose("web:dev", "roll back payment-api").get("proposals").get(0);
        String diff = rollback.get("diff").asText();
        assertTrue(diff.startsWith("revision 8 → 7: "), diff);
        assertTrue(diff.contains("spec.containers[api].image: harbor.bank.local/retail/payment-api:2.14.0 → "
                + "harbor.bank.local/retail/payment-api:2.13.4"), diff);
        assertTrue(diff.contains("```diff") && diff.contains("+++ revision 7"), "the unified diff of the pod template: " + diff);
        assertTrue(!diff.contains("other template changes"), diff);
        assertEquals("executed", decide(rollback.get("id").asText(), "web:dev", "confirm").get("status").asText());
        assertEquals("harbor.bank.local/retail/payment-api:2.13.4", bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(),
                c -> c.apps().deployments().inNamespace("payments").withName("payment-api").get().getSpec().getTemplate().getSpec()
                        .getContainers().getFirst().getImage()));

        JsonNode delete = propose("web:dev", "/delete payment-api-7d9f8b6c5d-x2k4p").get("proposals").get(0);
        assertEquals("destructive", delete.get("risk").asText());
        assertEquals("executed", decide(delete.get("id").asText(), "web:dev", "confirm").get("status").asText());
        Boolean present = bot.context().getBean(ClusterAccess.class).as(Subject.ownCredentials(),
                c -> c.pods().inNamespace("payments").withName("payment-api-7d9f8b6c5d-x2k4p").get() != null);
        assertFalse(present, "the pod is gone");
    }
}
