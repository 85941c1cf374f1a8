package io.kubemate.tools.actions;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.kubemate.tools.Fixtures;
import io.kubemate.tools.backup.VeleroObjects;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** backup_now against the Velero objects of the backups fixture: a dry run when planned, the Backup when executed. */
class BackupNowActionTest {

    private ClusterAccess cluster;
    private final BackupNowAction action = new BackupNowAction(Fixtures.CLOCK);

    @BeforeEach
    void start() throws Exception {
        cluster = SandboxCluster.start(Fixtures.resource("clusters/backups"), null);
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
    }

    private List<GenericKubernetesResource> backups() {
        return cluster.as(Subject.ownCredentials(), (KubernetesClient c) -> c.genericKubernetesResources(VeleroObjects.KINDS.get(1))
                .inNamespace("velero").list().getItems());
    }

    @Test
    void plans_a_backup_from_the_schedule_template_and_creates_it_only_when_executed() throws Exception {
        int before = backups().size();
        ActionPlan plan = cluster.as(Subject.ownCredentials(), (KubernetesClient c) -> {
            try {
                return action.plan(c, Map.of("schedule", "loans-12h"));
            } catch (ActionRejected e) {
                throw new AssertionError(e.getMessage());
            }
        });
        assertEquals("new Backup velero/loans-12h-20261123090000 from Schedule loans-12h (namespaces: loans)", plan.diff());
        assertEquals(before, backups().size(), "planning is a dry run");
        assertEquals(List.of(new AccessCheck("create", "velero.io", "backups", null, "velero", null)), plan.requires());

        String result = cluster.as(Subject.ownCredentials(), (KubernetesClient c) -> {
            try {
                return action.execute(c, plan);
            } catch (ActionRejected e) {
                throw new AssertionError(e.getMessage());
            }
        });
        assertTrue(result.startsWith("Velero Backup velero/loans-12h-20261123090000 created from Schedule loans-12h"), result);
        GenericKubernetesResource made = backups().stream().filter(b -> b.getMetadata().getName().equals("loans-12h-20261123090000"))
                .findFirst().orElseThrow();
        assertEquals("loans-12h", made.getMetadata().getLabels().get(BackupNowAction.SCHEDULE_LABEL));
        assertEquals(List.of("loans"), ((Map<?, ?>) made.getAdditionalProperties().get("spec")).get("includedNamespaces"));
    }

    @Test
    void refuses_an_unknown_schedule_by_name() {
        String refusal = cluster.as(Subject.ownCredentials(), (KubernetesClient c) -> {
            try {
                return "planned " + action.plan(c, Map.of("schedule", "payroll-hourly")).diff();
            } catch (ActionRejected e) {
                return e.getMessage();
            }
        });
        assertEquals("no Velero Schedule named payroll-hourly in namespace velero", refusal);
    }
}
