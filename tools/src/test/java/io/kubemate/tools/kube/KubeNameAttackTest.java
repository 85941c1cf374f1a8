package io.kubemate.tools.kube;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names that are not Kubernetes names reaching API paths (issue 18.6): each is refused as BAD_REQUEST naming the
 * bad value, and no request reaches the API server.
 */
class KubeNameAttackTest {

    private static final Subject AS = Subject.ownCredentials();
    private static final Redactor REDACTOR = new Redactor();

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

    private void refused(Outcome<?> outcome, String bad) {
        var failure = assertInstanceOf(Outcome.Failure.class, outcome, outcome.toString());
        assertEquals(Outcome.FailureKind.BAD_REQUEST, failure.kind(), failure.reason());
        assertTrue(failure.reason().contains(bad), failure.reason());
        assertEquals(0, server.getRequestCount(), "a request reached the API server");
    }

    private ObjectReader reader() {
        return new ObjectReader(cluster, Fixtures.CLOCK);
    }

    @Test
    void dot_dot_as_a_name() {
        refused(reader().get(AS, ReadAccess.ALL, "secret", "trade", ".."), "..");
    }

    @Test
    void a_path_in_a_name() {
        refused(reader().get(AS, ReadAccess.ALL, "pod", "trade", "../../secrets/db"), "../../secrets/db");
    }

    @Test
    void a_path_in_a_namespace() {
        refused(reader().get(AS, ReadAccess.ALL, "pods", "trade/../../payments", null), "trade/../../payments");
    }

    @Test
    void an_encoded_slash_in_a_name() {
        refused(reader().get(AS, ReadAccess.ALL, "pod", "trade", "a%2Fb"), "a%2Fb");
    }

    @Test
    void a_query_string_in_a_name() {
        refused(reader().get(AS, ReadAccess.ALL, "pod", "trade", "x?watch=true"), "x?watch=true");
    }

    @Test
    void upper_case_and_spaces_in_a_namespace() {
        refused(new EventReader(cluster, REDACTOR, Fixtures.CLOCK).events(AS, ReadAccess.ALL, "Trade Prod", null), "Trade Prod");
    }

    @Test
    void unicode_look_alike_in_a_name() {
        refused(new PodLogReader(cluster, REDACTOR).logs(AS, ReadAccess.ALL, "trade", "w\u0435b-1", null, false, 10), "w\u0435b-1");
    }

    @Test
    void a_name_longer_than_kubernetes_allows() {
        String longName = "a".repeat(300);
        refused(new ObjectDescriber(cluster, new EventReader(cluster, REDACTOR, Fixtures.CLOCK), REDACTOR, Fixtures.CLOCK)
                .describe(AS, ReadAccess.ALL, "configmap", "trade", longName), longName.substring(0, 20));
    }

    @Test
    void a_bad_container_name() {
        refused(new PodLogReader(cluster, REDACTOR).logs(AS, ReadAccess.ALL, "trade", "web-1", "../x", false, 10), "../x");
    }

    @Test
    void a_bad_workload_in_rollout_history() {
        refused(new RolloutHistoryReader(cluster, REDACTOR, Fixtures.CLOCK).history(AS, ReadAccess.ALL, "trade", "web/..%00"), "web/..%00");
    }

    @Test
    void a_bad_namespace_in_diagnose() {
        refused(new WorkloadDiagnoser(cluster, new NameResolver(cluster), new io.kubemate.tools.inspect.PodInspection(REDACTOR),
                new EventReader(cluster, REDACTOR, Fixtures.CLOCK), new PodLogReader(cluster, REDACTOR), io.kubemate.tools.diagnose.AllChecks.list(),
                Fixtures.CLOCK).diagnose(AS, ReadAccess.ALL, "web", "../kube-system"), "../kube-system");
    }

    @Test
    void a_bad_name_in_an_actions_plan_arguments() {
        refused(KubeCall.run("scale", Map.of("namespace", "trade", "workload", "web/../../x", "replicas", 3),
                () -> Outcome.ok("planned")), "web/../../x");
    }
}
