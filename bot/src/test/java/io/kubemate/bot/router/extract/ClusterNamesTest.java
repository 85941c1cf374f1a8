package io.kubemate.bot.router.extract;

import io.kubemate.bot.TestBot;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.NameResolver;
import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterNamesTest {

    private static ClusterAccess cluster;
    private static ClusterNames names;

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(TestBot.SCENARIO.resolve("cluster"), null);
        names = new ClusterNames(new NameResolver(cluster));
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    private static List<NameMention> find(String text) {
        return names.find(Subject.ownCredentials(), text);
    }

    @Test
    void an_exact_name_wins_over_names_it_begins() {
        NameMention first = find("why is payment-api restarting").getFirst();
        assertEquals(ResourceKind.DEPLOYMENT, first.kind());
        assertEquals("payment-api", first.name());
        assertEquals("payments", first.namespace());
        assertTrue(first.exact());
    }

    @Test
    void a_prefix_points_at_every_name_it_begins() {
        List<String> nodes = find("cordon worker").stream().map(NameMention::name).toList();
        assertEquals(List.of("worker-01", "worker-02"), nodes);
    }

    @Test
    void typos_within_two_edits_are_forgiven() {
        assertEquals("payment-api", find("paymnet-api keeps crashing").getFirst().name());
        assertEquals("ledger-api", find("restart ledgr-api").getFirst().name());
        assertEquals(ResourceKind.NAMESPACE, find("pods in paymnets").getFirst().kind());
    }

    @Test
    void ordinary_words_and_far_names_point_at_nothing() {
        assertEquals(List.of(), find("show me the events and the logs please"));
        assertEquals(List.of(), find("why is checkout restarting"));
    }

    @Test
    void finds_namespaces_nodes_and_cronjobs() {
        assertEquals(ResourceKind.NAMESPACE, find("巡检 payments").getFirst().kind());
        assertEquals(ResourceKind.NODE, find("把 worker-02 封锁掉").getFirst().kind());
        assertEquals(ResourceKind.CRONJOB, find("pause ledger-reconcile").getFirst().kind());
    }
}
