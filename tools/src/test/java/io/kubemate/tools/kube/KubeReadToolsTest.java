package io.kubemate.tools.kube;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.scope.ReadAccess;
import io.kubemate.tools.redact.Redactor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KubeReadToolsTest {

    private static ClusterAccess cluster;
    private static final Subject ME = Subject.ownCredentials();
    private static final Redactor REDACTOR = new Redactor();

    @BeforeAll
    static void start() {
        cluster = Fixtures.shopCluster();
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> T ok(Outcome<T> outcome) {
        return ((Outcome.Ok<T>) assertInstanceOf(Outcome.Ok.class, outcome, outcome.toString())).value();
    }

    @Test
    void lists_pods_of_a_namespace_with_kubectl_like_status() {
        ObjectList pods = ok(new ObjectReader(cluster, Fixtures.CLOCK).get(ME, ReadAccess.ALL, "po", "shop", null));
        assertEquals(5, pods.rows().size());
        ObjectRow web = pods.rows().stream().filter(r -> r.name().equals("web-7f9c-abcde")).findFirst().orElseThrow();
        assertEquals("CrashLoopBackOff", web.status());
        assertEquals("ready 0/1, restarts 6, node node-a", web.detail());
        assertEquals("60m", web.age());
        assertTrue(pods.markdown().startsWith("**5 pods in `shop`**"), pods.markdown());
    }

    @Test
    void lists_cluster_scoped_nodes_and_shows_cordons() {
        ObjectList nodes = ok(new ObjectReader(cluster, Fixtures.CLOCK).get(ME, ReadAccess.ALL, "nodes", null, null));
        assertEquals("NotReady,SchedulingDisabled", nodes.rows().get(1).status());
    }

    @Test
    void says_which_kinds_exist_when_the_kind_is_unknown() {
        var outcome = new ObjectReader(cluster, Fixtures.CLOCK).get(ME, ReadAccess.ALL, "widgets", "shop", null);
        var failure = assertInstanceOf(Outcome.Failure.class, outcome);
        assertEquals(Outcome.FailureKind.BAD_REQUEST, failure.kind());
        assertTrue(failure.reason().contains("known kinds: pod, deployment"), failure.reason());
    }

    @Test
    void reports_no_data_for_a_missing_object() {
        assertInstanceOf(Outcome.NoData.class, new ObjectReader(cluster, Fixtures.CLOCK).get(ME, ReadAccess.ALL, "deploy", "shop", "nope"));
    }

    @Test
    void describes_a_secret_without_its_values() {
        ObjectDescription secret = ok(new ObjectDescriber(cluster, new EventReader(cluster, REDACTOR, Fixtures.CLOCK), REDACTOR,
                Fixtures.CLOCK).describe(ME, ReadAccess.ALL, "secret", "shop", "web-db"));
        String text = secret.markdown();
        assertFalse(text.contains("aHVudGVyMi1zdXBlci1zZWNyZXQ"), text);
        assertTrue(text.contains("password: \"****\""), text);
    }

    @Test
    void lists_warning_events_first() {
        EventList events = ok(new EventReader(cluster, REDACTOR, Fixtures.CLOCK).events(ME, ReadAccess.ALL, "shop", null));
        assertEquals("BackOff", events.rows().getFirst().reason());
        assertEquals(2, events.rows().size());
    }

    @Test
    void reads_previous_logs_of_the_restarting_container_redacted() {
        PodLogs logs = ok(new PodLogReader(cluster, REDACTOR).logs(ME, ReadAccess.ALL, "shop", "web-7f9c-abcde", null, true, 10));
        assertEquals("web", logs.container());
        assertEquals(3, logs.lines().size());
        assertTrue(logs.lines().get(1).endsWith("token=****"), logs.lines().get(1));
    }

    @Test
    void diagnoses_a_workload_by_name_with_the_cause_from_its_logs() {
        var names = new NameResolver(cluster);
        var events = new EventReader(cluster, REDACTOR, Fixtures.CLOCK);
        var diagnoser = new WorkloadDiagnoser(cluster, names, new io.kubemate.tools.inspect.PodInspection(REDACTOR), events,
                new PodLogReader(cluster, REDACTOR), io.kubemate.tools.diagnose.AllChecks.list(), Fixtures.CLOCK);
        Diagnosis diagnosis = ok(diagnoser.diagnose(ME, ReadAccess.ALL, "web", null));
        assertEquals(new ObjectRef(ResourceKind.DEPLOYMENT, "shop", "web"), diagnosis.target());
        var first = diagnosis.causes().getFirst();
        assertEquals(io.kubemate.tools.diagnose.CauseKind.CRASH_LOG, first.kind(), diagnosis.causes().toString());
        assertTrue(String.join(" ", first.args()).contains("OutOfMemoryError"), first.toString());
        assertTrue(diagnosis.causes().stream().anyMatch(c -> String.join(" ", c.args()).contains("OOMKilled")), diagnosis.causes().toString());
        assertEquals("crashloop-backoff", diagnosis.runbook());
        assertFalse(diagnosis.evidence().toString().contains("abc123secretvalue"));

        Diagnosis healthy = ok(diagnoser.diagnose(ME, ReadAccess.ALL, "api", "shop"));
        assertTrue(healthy.healthy(), healthy.causes().toString());
        assertTrue(healthy.fine().stream().anyMatch(f -> f.key().equals("pods-healthy")), healthy.fine().toString());
    }

    @Test
    void says_the_cluster_is_unreachable_instead_of_throwing() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Config config = new ConfigBuilder(Config.empty()).withMasterUrl("http://127.0.0.1:" + port)
                .withRequestRetryBackoffLimit(0).withConnectionTimeout(500).withRequestTimeout(1000).build();
        try (ClusterAccess down = ClusterAccess.of(new KubernetesClientBuilder().withConfig(config).build(), "down", "down")) {
            var outcome = new ObjectReader(down, Fixtures.CLOCK).get(ME, ReadAccess.ALL, "pods", "shop", null);
            var failure = assertInstanceOf(Outcome.Failure.class, outcome, outcome.toString());
            assertEquals(Outcome.FailureKind.UNAVAILABLE, failure.kind());
            assertTrue(failure.reason().startsWith("the Kubernetes API server is unreachable"), failure.reason());
        }
    }
}
