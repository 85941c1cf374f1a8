package io.kubemate.tools.kube;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.scope.ReadAccess;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RolloutHistoryReaderTest {

    private static ClusterAccess cluster;
    private static RolloutHistoryReader reader;

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(Fixtures.resource("clusters/actions"), null);
        reader = new RolloutHistoryReader(cluster, new Redactor(), Fixtures.CLOCK);
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    @Test
    void lists_the_revisions_of_one_deployment_newest_first_with_their_images() {
        var history = assertInstanceOf(Outcome.Ok.class, reader.history(Subject.ownCredentials(), ReadAccess.ALL, "shop", "checkout"));
        RolloutHistory value = (RolloutHistory) history.value();
        assertEquals(3, value.current());
        assertEquals(java.util.List.of(3, 2, 1), value.revisions().stream().map(RolloutHistory.Revision::number).toList());
        assertTrue(value.revisions().get(1).images().startsWith("harbor.bank.local/shop/checkout:3.2.4"), value.toString());
        assertTrue(value.markdown().contains("| 3 (running) |"), value.markdown());
        assertTrue(value.revisions().stream().noneMatch(r -> r.images().contains("cart")), "another Deployment's ReplicaSet is not ours");
    }

    @Test
    void says_plainly_when_there_is_no_such_deployment() {
        var none = assertInstanceOf(Outcome.NoData.class, reader.history(Subject.ownCredentials(), ReadAccess.ALL, "shop", "cart"));
        assertTrue(none.reason().startsWith("no Deployment cart in namespace shop"), none.reason());
    }
}
