package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaleActionTest {

    private static final Subject ZHANGSAN = Subject.serviceAccount("kubemate-users", "u-zhangsan");
    private final ScaleAction action = new ScaleAction();
    private KubernetesMockServer server;
    private ClusterAccess cluster;

    private static Deployment orderApi(int replicas) {
        return new DeploymentBuilder().withNewMetadata().withName("order-api").withNamespace("trade").endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().addToMatchLabels("app", "order-api").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "order-api").endMetadata().withNewSpec()
                .addNewContainer().withName("api").withImage("reg.local/order-api:4.2.0").endContainer().endSpec().endTemplate()
                .endSpec().build();
    }

    private void start(boolean crud) {
        server = crud
                ? new KubernetesMockServer(new io.fabric8.mockwebserver.Context(), new io.fabric8.mockwebserver.MockWebServer(),
                new java.util.HashMap<>(), new io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher(), false)
                : new KubernetesMockServer(false);
        server.init();
        cluster = ClusterAccess.of(server.createClient(), "mock", "mock");
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
        server.destroy();
    }

    @Test
    void plans_with_a_server_side_dry_run_as_the_person() throws Exception {
        start(false);
        server.expect().get().withPath("/apis/apps/v1/namespaces/trade/deployments/order-api").andReturn(200, orderApi(2)).always();
        server.expect().patch().withPath("/apis/apps/v1/namespaces/trade/deployments/order-api?dryRun=All").andReturn(200, orderApi(5)).once();

        ActionPlan plan = cluster.as(ZHANGSAN, client -> {
            try {
                return action.plan(client, Map.of("namespace", "trade", "workload", "order-api", "replicas", 5));
            } catch (ActionRejected e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals("replicas 2 → 5", plan.diff());
        assertEquals(Map.of("namespace", "trade", "workload", "order-api", "kind", "Deployment", "replicas", 5), plan.args());
        List<RecordedRequest> requests = new ArrayList<>();
        for (RecordedRequest r = server.takeRequest(1, TimeUnit.SECONDS); r != null; r = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
            requests.add(r);
        }
        RecordedRequest patch = requests.stream().filter(r -> r.getMethod().equals("PATCH")).findFirst().orElseThrow();
        assertTrue(patch.getPath().contains("dryRun=All"), patch.getPath());
        assertEquals("{\"spec\":{\"replicas\":5}}", patch.getUtf8Body());
        assertTrue(requests.stream().allMatch(r -> "system:serviceaccount:kubemate-users:u-zhangsan".equals(r.getHeader("Impersonate-User"))),
                "every request impersonates the person");
    }

    @Test
    void executes_the_plan() throws Exception {
        start(true);
        cluster.as(Subject.ownCredentials(), c -> c.resource(orderApi(2)).create());
        ActionPlan plan = new ActionPlan("scale", Map.of("namespace", "trade", "workload", "order-api", "kind", "Deployment", "replicas", 4),
                "replicas 2 → 4", "Deployment trade/order-api");
        String result = cluster.as(ZHANGSAN, client -> {
            try {
                return action.execute(client, plan);
            } catch (ActionRejected e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("Deployment trade/order-api scaled to 4 replicas", result);
        assertEquals(4, cluster.as(Subject.ownCredentials(), c -> c.apps().deployments().inNamespace("trade").withName("order-api").get())
                .getSpec().getReplicas());
    }

    @Test
    void rejects_bad_replicas_and_unknown_workloads() {
        start(true);
        cluster.as(Subject.ownCredentials(), c -> c.resource(orderApi(2)).create());
        cluster.as(Subject.ownCredentials(), client -> {
            assertThrows(ActionRejected.class, () -> action.plan(client, Map.of("namespace", "trade", "workload", "order-api", "replicas", -1)));
            assertThrows(ActionRejected.class, () -> action.plan(client, Map.of("namespace", "trade", "workload", "order-api", "replicas", 100000)));
            assertThrows(ActionRejected.class, () -> action.plan(client, Map.of("namespace", "trade", "workload", "order-api", "replicas", "five")));
            var missing = assertThrows(ActionRejected.class, () -> action.plan(client, Map.of("namespace", "trade", "workload", "nope", "replicas", 3)));
            assertEquals("no Deployment or StatefulSet named nope in namespace trade", missing.getMessage());
            var same = assertThrows(ActionRejected.class, () -> action.plan(client, Map.of("namespace", "trade", "workload", "order-api", "replicas", 2)));
            assertTrue(same.getMessage().contains("already has 2 replicas"));
            return null;
        });
    }
}
