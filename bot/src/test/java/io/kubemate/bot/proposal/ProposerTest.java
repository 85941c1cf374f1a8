package io.kubemate.bot.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.audit.JsonLinesAuditSink;
import io.kubemate.bot.identity.Grant;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.state.InMemoryStateStore;
import io.kubemate.tools.actions.ScaleAction;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API server refuses the dry run for the person's identity: no proposal, a reason, an audit record. */
class ProposerTest {

    @TempDir
    Path dir;

    private KubernetesMockServer server;
    private ClusterAccess cluster;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(false);
        server.init();
        cluster = ClusterAccess.of(server.createClient(), "mock", "mock");
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
        server.destroy();
    }

    @Test
    void a_change_the_api_server_forbids_is_refused_and_audited() throws Exception {
        server.expect().get().withPath("/apis/apps/v1/namespaces/trade/deployments/order-api").andReturn(200,
                new DeploymentBuilder().withNewMetadata().withName("order-api").withNamespace("trade").endMetadata()
                        .withNewSpec().withReplicas(2).endSpec().build()).always();
        server.expect().patch().withPath("/apis/apps/v1/namespaces/trade/deployments/order-api?dryRun=All").andReturn(403,
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403,"
                        + "\"message\":\"deployments.apps \\\"order-api\\\" is forbidden: cannot patch\"}").once();
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        AuditLog audit = new AuditLog(List.of(new JsonLinesAuditSink(dir.resolve("audit.jsonl"), json, Clock.systemUTC())));
        Proposer proposer = new Proposer(new ActionCatalog(List.of(new ScaleAction())), new PlanAsUser(cluster),
                new ProposalStore(new InMemoryStateStore(Clock.systemUTC()), json), audit, new ActionProperties(Duration.ofMinutes(5)),
                Clock.systemUTC());

        Person lisi = new Person("web:lisi", "李四", Subject.serviceAccount("kubemate-users", "u-lisi"),
                List.of(new Grant("trade-operator", false, Set.of("trade"), Set.of("workloads.scale"))), false);
        ProposalOutcome outcome = proposer.propose(lisi, "c1", "scale", Map.of("namespace", "trade", "workload", "order-api", "replicas", 5));

        var refused = assertInstanceOf(ProposalOutcome.Refused.class, outcome);
        assertTrue(refused.reason().contains("does not allow this change"), refused.reason());
        var record = audit.sinks().getFirst().read().getFirst();
        assertEquals(AuditEvent.DENIED, record.event());
        assertEquals("system:serviceaccount:kubemate-users:u-lisi", record.identity());
    }
}
