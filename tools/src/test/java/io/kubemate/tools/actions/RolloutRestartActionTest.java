package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RolloutRestartActionTest {

    private final RolloutRestartAction action = new RolloutRestartAction(Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneOffset.UTC));
    private KubernetesMockServer server;
    private ClusterAccess cluster;

    @BeforeEach
    void start() {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), new KubernetesCrudDispatcher(), false);
        server.init();
        cluster = ClusterAccess.of(server.createClient(), "mock", "mock");
        StatefulSet redis = new StatefulSetBuilder().withNewMetadata().withName("redis").withNamespace("cache").endMetadata()
                .withNewSpec().withReplicas(3).withServiceName("redis").withNewSelector().addToMatchLabels("app", "redis").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "redis").endMetadata().withNewSpec().addNewContainer()
                .withName("redis").withImage("reg.local/redis:7.0.15").endContainer().endSpec().endTemplate().endSpec().build();
        cluster.as(Subject.ownCredentials(), c -> c.resource(redis).create());
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
        server.destroy();
    }

    private <T> T asOperator(ThrowingFunction<T> call) {
        return cluster.as(Subject.serviceAccount("kubemate-users", "u-ops"), client -> {
            try {
                return call.apply(client);
            } catch (ActionRejected e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private interface ThrowingFunction<T> {
        T apply(io.fabric8.kubernetes.client.KubernetesClient client) throws ActionRejected;
    }

    @Test
    void plans_with_a_dry_run_and_restarts_by_stamping_the_template() throws Exception {
        ActionPlan plan = asOperator(client -> action.plan(client, Map.of("namespace", "cache", "workload", "redis")));
        assertEquals("StatefulSet cache/redis", plan.target());
        boolean dryRunSent = false;
        for (var r = server.takeRequest(1, TimeUnit.SECONDS); r != null; r = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
            dryRunSent |= "PATCH".equals(r.getMethod()) && r.getPath().contains("dryRun=All");
        }
        assertTrue(dryRunSent, "the plan runs a server-side dry run");

        String result = asOperator(client -> action.execute(client, plan));
        assertEquals("StatefulSet cache/redis restarting (restartedAt 2026-11-24T01:00:00Z)", result);
        StatefulSet after = cluster.as(Subject.ownCredentials(), c -> c.apps().statefulSets().inNamespace("cache").withName("redis").get());
        assertEquals("2026-11-24T01:00:00Z", after.getSpec().getTemplate().getMetadata().getAnnotations().get(RolloutRestartAction.ANNOTATION));
    }

    @Test
    void refuses_an_unknown_workload() {
        cluster.as(Subject.ownCredentials(), client -> {
            var e = assertThrows(ActionRejected.class, () -> action.plan(client, Map.of("namespace", "cache", "workload", "memcached")));
            assertEquals("no Deployment or StatefulSet or DaemonSet named memcached in namespace cache", e.getMessage());
            return null;
        });
    }
}
