package io.kubemate.bot.proposal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.kubemate.bot.audit.AuditEvent;
import io.kubemate.bot.audit.AuditLog;
import io.kubemate.bot.audit.JsonLinesAuditSink;
import io.kubemate.bot.identity.Grant;
import io.kubemate.bot.identity.Person;
import io.kubemate.bot.identity.ServiceAccounts;
import io.kubemate.bot.state.InMemoryStateStore;
import io.kubemate.bot.toolcall.Tools;
import io.kubemate.tools.actions.ScaleAction;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

    private static final Person LISI = new Person("web:lisi", "李四", Subject.serviceAccount("kubemate-users", "u-lisi"),
            List.of(new Grant("trade-operator", false, Set.of("trade"), Set.of("workloads.scale"))), false);

    private AuditLog audit;

    private Proposer proposer() {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        audit = new AuditLog(List.of(new JsonLinesAuditSink(dir.resolve("audit.jsonl"), json, Clock.systemUTC())));
        ActionProperties properties = new ActionProperties(Duration.ofMinutes(5), List.of("kube-system"), 20);
        return new Proposer(new Tools(List.of(), List.of(new ScaleAction()), List.of(), new SimpleMeterRegistry()), new PlanAsUser(cluster),
                new ProposalStore(new InMemoryStateStore(Clock.systemUTC()), json), audit, properties,
                new Guardrails(properties, List.of(), List.of()), new ServiceAccounts(cluster), Clock.systemUTC());
    }

    private void orderApiWithTwoReplicas() {
        server.expect().get().withPath("/api/v1/namespaces/kubemate-users/serviceaccounts/u-lisi").andReturn(200,
                new ServiceAccountBuilder().withNewMetadata().withName("u-lisi").withNamespace("kubemate-users").endMetadata().build()).always();
        server.expect().get().withPath("/apis/apps/v1/namespaces/trade/deployments/order-api").andReturn(200,
                new DeploymentBuilder().withNewMetadata().withName("order-api").withNamespace("trade").endMetadata()
                        .withNewSpec().withReplicas(2).endSpec().build()).always();
    }

    @Test
    void a_change_the_api_server_forbids_is_refused_and_audited() throws Exception {
        orderApiWithTwoReplicas();
        server.expect().patch().withPath("/apis/apps/v1/namespaces/trade/deployments/order-api?dryRun=All").andReturn(403,
                "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403,"
                        + "\"message\":\"deployments.apps \\\"order-api\\\" is forbidden: cannot patch\"}").once();
        ProposalOutcome outcome = proposer().propose(LISI, "c1", "scale", Map.of("namespace", "trade", "workload", "order-api", "replicas", 5));

        var refused = assertInstanceOf(ProposalOutcome.Refused.class, outcome);
        assertTrue(refused.reason().contains("does not allow this change"), refused.reason());
        var record = audit.sinks().getFirst().read().getFirst();
        assertEquals(AuditEvent.DENIED, record.event());
        assertEquals("system:serviceaccount:kubemate-users:u-lisi", record.identity());
    }

    @Test
    void an_access_review_denial_names_the_missing_permission_before_confirm_is_offered() throws Exception {
        orderApiWithTwoReplicas();
        server.expect().patch().withPath("/apis/apps/v1/namespaces/trade/deployments/order-api?dryRun=All").andReturn(200,
                new DeploymentBuilder().withNewMetadata().withName("order-api").withNamespace("trade").endMetadata()
                        .withNewSpec().withReplicas(5).endSpec().build()).once();
        server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews").andReturn(201,
                new SelfSubjectAccessReviewBuilder().withNewStatus().withAllowed(false).endStatus().build()).once();

        ProposalOutcome outcome = proposer().propose(LISI, "c1", "scale", Map.of("namespace", "trade", "workload", "order-api", "replicas", 5));

        var refused = assertInstanceOf(ProposalOutcome.Refused.class, outcome);
        assertTrue(refused.reason().contains("RBAC does not let you patch deployments.apps order-api in namespace trade"), refused.reason());
        RecordedRequest review = null;
        for (RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS); r != null; r = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
            if (r.getPath().contains("selfsubjectaccessreviews")) {
                review = r;
            }
        }
        assertNotNull(review, "an access review was sent");
        assertEquals("system:serviceaccount:kubemate-users:u-lisi", review.getHeader("Impersonate-User"));
        assertTrue(review.getUtf8Body().contains("\"verb\":\"patch\""), review.getUtf8Body());
        assertEquals(AuditEvent.DENIED, audit.sinks().getFirst().read().getFirst().event());
    }

    @Test
    void a_user_mapped_to_a_missing_service_account_is_refused_by_name_and_audited() throws Exception {
        ProposalOutcome outcome = proposer().propose(LISI, "c1", "scale", Map.of("namespace", "trade", "workload", "order-api", "replicas", 5));

        var refused = assertInstanceOf(ProposalOutcome.Refused.class, outcome);
        assertEquals("web:lisi acts as ServiceAccount kubemate-users/u-lisi, which does not exist; ask an administrator to create it "
                + "or correct the Kubemate User", refused.reason());
        assertEquals(AuditEvent.DENIED, audit.sinks().getFirst().read().getFirst().event());
    }
}
