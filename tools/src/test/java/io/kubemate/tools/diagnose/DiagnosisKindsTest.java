package io.kubemate.tools.diagnose;

import io.kubemate.tools.kube.Diagnosis;
import io.kubemate.tools.kube.ObjectRef;
import io.kubemate.tools.kube.ResourceKind;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.scope.NamespaceScope;
import io.kubemate.tools.scope.ReadAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.kubemate.tools.diagnose.BrokenCluster.first;
import static io.kubemate.tools.diagnose.BrokenCluster.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** diagnose on the kinds beyond Deployments and pods: CronJobs, Jobs, StatefulSets, DaemonSets, Services, claims, nodes. */
class DiagnosisKindsTest {

    private static BrokenCluster broken;

    @BeforeAll
    static void start() {
        broken = new BrokenCluster();
    }

    @AfterAll
    static void stop() throws Exception {
        broken.close();
    }

    @Test
    void a_cronjob_is_diagnosed_through_its_latest_failed_job_and_that_jobs_pod_logs() {
        Diagnosis d = broken.diagnose("nightly-report", null);
        assertEquals(new ObjectRef(ResourceKind.CRONJOB, "batch", "nightly-report"), d.target());
        Cause cause = first(d, CauseKind.CRASH_LOG);
        assertTrue(text(cause).contains("password authentication failed"), text(cause));
        Cause job = d.causes().stream().filter(c -> c.kind() == CauseKind.JOB_FAILED).findFirst().orElseThrow();
        assertEquals("nightly-report-29000000", job.args().get(0));
        assertEquals("BackoffLimitExceeded", job.args().get(1));
        assertFalse(d.causes().toString().contains("FailureTarget"), d.causes().toString());
    }

    @Test
    void a_job_is_found_by_its_own_name() {
        Diagnosis d = broken.diagnose("nightly-report-29000000", "batch");
        assertEquals(ResourceKind.JOB, d.target().kind());
        assertTrue(BrokenCluster.kinds(d).contains(CauseKind.JOB_FAILED), d.causes().toString());
    }

    @Test
    void a_statefulset_whose_claim_asks_for_a_missing_storage_class_names_the_class() {
        Diagnosis d = broken.diagnose("pg", "data");
        Cause cause = first(d, CauseKind.STORAGE_CLASS_MISSING);
        assertEquals("data-pg-0", cause.args().get(0));
        assertEquals("fast-ssd", cause.args().get(1));
        assertEquals("standard", cause.args().get(2));
        assertEquals("pvc-mount-failure", d.runbook());
    }

    @Test
    void a_pending_claim_without_class_or_volume_says_no_volume_matches() {
        Diagnosis d = broken.diagnose("uploads", "data");
        assertEquals(ResourceKind.PVC, d.target().kind());
        Cause cause = first(d, CauseKind.NO_MATCHING_VOLUME);
        assertTrue(text(cause).contains("50Gi") && text(cause).contains("ReadWriteMany"), text(cause));
    }

    @Test
    void a_daemonset_missing_on_a_tainted_node_names_the_node_and_taint() {
        Diagnosis d = broken.diagnose("node-exporter", "monitoring");
        Cause cause = d.causes().stream().filter(c -> c.kind() == CauseKind.DAEMONSET_TAINT).findFirst().orElseThrow(
                () -> new AssertionError(d.causes().toString()));
        assertTrue(cause.args().get(1).contains("gpu-01"), text(cause));
        assertTrue(cause.args().get(2).contains("nvidia.com/gpu=present:NoSchedule"), text(cause));
        assertFalse(cause.args().get(1).contains("worker-01"), text(cause));
    }

    @Test
    void a_service_whose_selector_label_the_pods_lack_names_the_label() {
        Diagnosis d = broken.diagnose("storefront", "web");
        Cause cause = first(d, CauseKind.SERVICE_SELECTOR_LABEL);
        assertEquals("storefront", cause.args().get(0));
        assertEquals("app=storefront", cause.args().get(1));
        assertEquals("app", cause.args().get(3));
        assertEquals("service-unreachable", d.runbook());
    }

    @Test
    void a_service_found_by_its_own_name_compares_target_port_with_container_ports() {
        Diagnosis d = broken.diagnose("api-gw", "web");
        assertEquals(ResourceKind.SERVICE, d.target().kind());
        Cause cause = first(d, CauseKind.SERVICE_TARGET_PORT);
        assertEquals("8443", cause.args().get(2));
        assertTrue(cause.args().get(3).contains("8080"), text(cause));
    }

    @Test
    void a_not_ready_node_states_the_condition_heartbeat_taints_and_affected_pods_without_a_dump() {
        Diagnosis d = broken.diagnose("worker-04", null);
        assertEquals(ResourceKind.NODE, d.target().kind());
        Cause cause = first(d, CauseKind.NODE_NOT_READY);
        assertEquals("Unknown", cause.args().get(1));
        assertEquals("Kubelet stopped posting node status.", cause.args().get(3));
        assertEquals("2026-11-23T08:11:02Z", cause.args().get(4));
        assertTrue(text(cause).contains("node.kubernetes.io/unreachable"), text(cause));
        assertTrue(text(cause).contains("payments/card-auth-6d5-ggggg"), text(cause));
        assertEquals("node-not-ready", d.runbook());
        assertFalse(text(cause).contains("apiVersion"), text(cause));
    }

    @Test
    void a_node_with_a_problem_detector_condition_names_it() {
        Diagnosis d = broken.diagnose("worker-05", null);
        Cause cause = first(d, CauseKind.NODE_CONDITION);
        assertEquals("KernelDeadlock", cause.args().get(1));
        assertTrue(d.fine().stream().anyMatch(f -> f.key().equals("node-ready")), d.fine().toString());
    }

    @Test
    void nodes_are_not_diagnosed_for_a_caller_without_a_cluster_wide_grant() {
        ReadAccess webOnly = code -> NamespaceScope.only(Set.of("web"));
        var outcome = broken.diagnoser.diagnose(Subject.ownCredentials(), webOnly, "worker-04", null, null, null);
        assertInstanceOf(Outcome.NoData.class, outcome, outcome.toString());
    }
}
