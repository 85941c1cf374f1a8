package io.kubemate.tools.pipeline;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** diagnose's hint of a deploy that just happened: a recent successful run naming the workload's image. */
class DeployFinderTest {

    private static ClusterAccess cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(Fixtures.resource("clusters/deploys"), null);
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    private static Optional<RecentDeploy> recent(String workload, ReadAccess access) {
        return new DeployFinder(cluster, Fixtures.CLOCK).recent(Subject.ownCredentials(), access, ResourceKind.DEPLOYMENT, "payments", workload);
    }

    @Test
    void names_the_successful_run_that_built_the_image_the_workload_runs() {
        RecentDeploy deploy = recent("payment-api", ReadAccess.ALL).orElseThrow();
        assertEquals("payments-release-run-b2", deploy.run().name());
        assertEquals("`ci/payments-release-run-b2` (pipeline `payments-release`, succeeded 2026-11-23T08:20:00Z): "
                + "`registry.local/payments/payment-api:1.8.4`", deploy.line());
    }

    @Test
    void an_older_deploy_than_a_day_is_not_news() {
        assertTrue(recent("ledger-api", ReadAccess.ALL).isEmpty());
    }

    @Test
    void runs_in_a_namespace_the_person_may_not_read_are_not_shown() {
        assertTrue(recent("payment-api", code -> NamespaceScope.only(Set.of("payments"))).isEmpty());
    }

    @Test
    void repository_ignores_tag_digest_and_keeps_a_registry_port() {
        assertEquals("registry.local:5000/team/app", DeployFinder.repository("registry.local:5000/team/app:1.2@sha256:abc"));
        assertEquals("registry.local:5000/team/app", DeployFinder.repository("registry.local:5000/team/app"));
    }
}
