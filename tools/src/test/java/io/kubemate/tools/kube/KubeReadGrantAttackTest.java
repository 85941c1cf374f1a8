package io.kubemate.tools.kube;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.inspect.PodInspection;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kubernetes reads beyond the person's Kubemate grants (issue 18.5). The sandbox cluster lets the subject read
 * everything, as a too-broad RBAC would: the bot's own check of the person's Kubemate Roles must still hold. The
 * person holds {@code workloads.read} in trade only and no {@code logs.read}; payments is another tenant.
 */
class KubeReadGrantAttackTest {

    private static ClusterAccess cluster;
    private static final Subject AS = Subject.ownCredentials();
    private static final ReadAccess TRADE_VIEWER = code -> code.equals("workloads.read")
            ? NamespaceScope.only(Set.of("trade")) : NamespaceScope.only(Set.of());
    private static final Redactor REDACTOR = new Redactor();

    @BeforeAll
    static void start() throws Exception {
        cluster = SandboxCluster.start(Fixtures.resource("clusters/tenants"), Fixtures.resource("clusters/tenants-logs"));
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    private static void nothingOfPayments(Outcome<?> outcome) {
        String shown = outcome instanceof Outcome.Ok<?> ok && ok.value() instanceof io.kubemate.tools.report.Reportable r
                ? r.markdown() + r.evidence() : outcome.toString();
        assertFalse(shown.contains("SALARY") || shown.contains("payments"), shown);
    }

    private static void refused(Outcome<?> outcome) {
        assertTrue(outcome instanceof Outcome.Forbidden<?>, outcome::toString);
        assertFalse(outcome.toString().contains("SALARY"), outcome::toString);
    }

    @Test
    void get_in_another_tenants_namespace() {
        refused(new ObjectReader(cluster, Fixtures.CLOCK).get(AS, TRADE_VIEWER, "pods", "payments", null));
    }

    @Test
    void get_one_object_by_name_in_another_tenants_namespace() {
        refused(new ObjectReader(cluster, Fixtures.CLOCK).get(AS, TRADE_VIEWER, "deployment", "payments", "pay-api"));
    }

    @Test
    void get_across_all_namespaces_shows_only_readable_ones() {
        Outcome<ObjectList> outcome = new ObjectReader(cluster, Fixtures.CLOCK).get(AS, TRADE_VIEWER, "pods", null, null);
        nothingOfPayments(outcome);
    }

    @Test
    void get_a_cluster_scoped_kind_without_a_cluster_wide_grant() {
        refused(new ObjectReader(cluster, Fixtures.CLOCK).get(AS, TRADE_VIEWER, "nodes", null, null));
    }

    @Test
    void describe_in_another_tenants_namespace() {
        refused(new ObjectDescriber(cluster, new EventReader(cluster, REDACTOR, Fixtures.CLOCK), REDACTOR, Fixtures.CLOCK)
                .describe(AS, TRADE_VIEWER, "deployment", "payments", "pay-api"));
    }

    @Test
    void events_of_another_tenants_namespace() {
        refused(new EventReader(cluster, REDACTOR, Fixtures.CLOCK).events(AS, TRADE_VIEWER, "payments", null));
    }

    @Test
    void pod_logs_without_logs_read() {
        refused(new PodLogReader(cluster, REDACTOR).logs(AS, TRADE_VIEWER, "trade", "order-api-1", null, false, 10));
    }

    @Test
    void pod_logs_of_another_tenant() {
        refused(new PodLogReader(cluster, REDACTOR).logs(AS, TRADE_VIEWER, "payments", "pay-api-1", null, false, 10));
    }

    @Test
    void rollout_history_of_another_tenant() {
        refused(new RolloutHistoryReader(cluster, REDACTOR, Fixtures.CLOCK).history(AS, TRADE_VIEWER, "payments", "pay-api"));
    }

    @Test
    void diagnose_another_tenants_workload_by_name_without_a_namespace() {
        nothingOfPayments(diagnoser().diagnose(AS, TRADE_VIEWER, "pay-api", null));
    }

    @Test
    void diagnose_in_another_tenants_namespace() {
        refused(diagnoser().diagnose(AS, TRADE_VIEWER, "pay-api", "payments"));
    }

    @Test
    void the_readers_own_namespace_still_reads() {
        Outcome<ObjectList> all = new ObjectReader(cluster, Fixtures.CLOCK).get(AS, TRADE_VIEWER, "pods", null, null);
        assertTrue(all instanceof Outcome.Ok<ObjectList> ok && ok.value().rows().size() == 1
                && ok.value().rows().getFirst().name().equals("order-api-1"), all::toString);
        assertTrue(diagnoser().diagnose(AS, TRADE_VIEWER, "order-api", null) instanceof Outcome.Ok<Diagnosis>);
    }

    private static WorkloadDiagnoser diagnoser() {
        EventReader events = new EventReader(cluster, REDACTOR, Fixtures.CLOCK);
        return new WorkloadDiagnoser(cluster, new NameResolver(cluster), new PodInspection(REDACTOR), events,
                new PodLogReader(cluster, REDACTOR), io.kubemate.tools.diagnose.AllChecks.list(), Fixtures.CLOCK);
    }
}
