package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CordonActionTest {

    private KubernetesMockServer server;
    private ClusterAccess cluster;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
        server.init();
        cluster = ClusterAccess.of(server.createClient(), "mock", "mock");
        cluster.as(Subject.ownCredentials(), c -> c.resource(new NodeBuilder().withNewMetadata().withName("worker-01").endMetadata()
                .withNewSpec().endSpec().build()).create());
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
        server.destroy();
    }

    private Node node() {
        return cluster.as(Subject.ownCredentials(), c -> c.nodes().withName("worker-01").get());
    }

    private String run(Action action) {
        return cluster.as(Subject.serviceAccount("kubemate-users", "u-ops"), (KubernetesClient client) -> {
            try {
                return action.execute(client, action.plan(client, Map.of("node", "worker-01")));
            } catch (ActionRejected e) {
                return "rejected: " + e.getMessage();
            }
        });
    }

    @Test
    void cordons_and_uncordons_a_node() {
        assertEquals("node worker-01 cordoned", run(new CordonNodeAction()));
        assertTrue(Boolean.TRUE.equals(node().getSpec().getUnschedulable()));
        assertEquals("rejected: node worker-01 is already cordoned", run(new CordonNodeAction()));
        assertEquals("node worker-01 uncordoned", run(new UncordonNodeAction()));
        assertFalse(Boolean.TRUE.equals(node().getSpec().getUnschedulable()));
    }

    @Test
    void refuses_an_unknown_node() {
        cluster.as(Subject.ownCredentials(), client -> {
            var e = assertThrows(ActionRejected.class, () -> new CordonNodeAction().plan(client, Map.of("node", "worker-99")));
            assertEquals("no node named worker-99", e.getMessage());
            return null;
        });
    }
}
