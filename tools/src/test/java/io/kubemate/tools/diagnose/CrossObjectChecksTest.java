package io.kubemate.tools.diagnose;

import io.kubemate.tools.kube.Diagnosis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.kubemate.tools.diagnose.BrokenCluster.first;
import static io.kubemate.tools.diagnose.BrokenCluster.kinds;
import static io.kubemate.tools.diagnose.BrokenCluster.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evidence read today for the first time, and reasoning across two objects. */
class CrossObjectChecksTest {

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
    void a_failing_init_container_is_named_with_its_exit_code_and_its_own_log() {
        Diagnosis d = broken.diagnose("ledger", "init");
        Cause cause = first(d, CauseKind.INIT_FAILED);
        assertEquals("migrate", cause.args().get(1));
        assertEquals("Init:CrashLoopBackOff", cause.args().get(2));
        assertEquals("1", cause.args().get(3));
        assertTrue(cause.args().get(4).contains("relation \"accounts_v2\" does not exist"), text(cause));
        assertEquals("Init:CrashLoopBackOff", d.pods().getFirst().status());
        assertEquals("crashloop-backoff", d.runbook());
    }

    @Test
    void a_probe_on_an_undeclared_port_and_the_liveness_restarts_of_a_ready_pod_are_both_stated() {
        Diagnosis d = broken.diagnose("search", "probes");
        Cause cause = first(d, CauseKind.PROBE_PORT);
        assertEquals("liveness", cause.args().get(2));
        assertEquals("8081", cause.args().get(3));
        assertTrue(cause.args().get(4).contains("8080"), text(cause));
        assertTrue(kinds(d).contains(CauseKind.LIVENESS_RESTARTS), d.causes().toString());
        assertEquals("probe-failure", d.runbook());
    }

    @Test
    void a_configmap_the_pod_needs_and_the_event_names_is_said_to_be_missing() {
        Diagnosis d = broken.diagnose("billing", "config");
        Cause cause = first(d, CauseKind.MISSING_REFERENCE);
        assertEquals("ConfigMap", cause.args().get(0));
        assertEquals("billing-config", cause.args().get(1));
        assertTrue(cause.args().get(3).contains("TAX_TABLE"), text(cause));
        assertFalse(d.causes().stream().anyMatch(c -> c.kind() == CauseKind.MISSING_REFERENCE && c.args().get(1).equals("billing-db")),
                "the Secret exists: " + d.causes());
        assertFalse(d.evidence().toString().contains("c2VjcmV0"), "no secret value leaks");
    }

    @Test
    void a_tag_that_does_not_exist_names_tag_repository_and_registry() {
        Cause cause = first(broken.diagnose("fx-rates", "images"), CauseKind.IMAGE_TAG_NOT_FOUND);
        assertEquals("2.4.1", cause.args().get(1));
        assertEquals("fx/rates", cause.args().get(2));
        assertEquals("registry.example.com", cause.args().get(3));
    }

    @Test
    void an_unauthorized_pull_with_a_missing_pull_secret_names_the_secret() {
        Diagnosis d = broken.diagnose("risk", "images");
        Cause cause = first(d, CauseKind.IMAGE_PULL_SECRET_MISSING);
        assertEquals("harbor-cred", cause.args().get(0));
        assertEquals("harbor.corp.local", cause.args().get(2));
    }

    @Test
    void a_deployment_without_pods_shows_its_replicasets_quota_refusal() {
        Diagnosis d = broken.diagnose("ocr", "quota");
        Cause cause = first(d, CauseKind.QUOTA_EXCEEDED);
        assertTrue(cause.args().get(0).contains("ocr-6f7d8"), text(cause));
        assertTrue(cause.args().get(1).contains("exceeded quota: compute"), text(cause));
    }

    @Test
    void a_pod_security_refusal_is_told_apart_from_a_quota() {
        first(broken.diagnose("legacy", "quota"), CauseKind.POD_SECURITY);
    }

    @Test
    void a_missing_service_account_behind_failed_creates_is_named() {
        Cause cause = first(broken.diagnose("deployer", "quota"), CauseKind.MISSING_REFERENCE);
        assertEquals("ServiceAccount", cause.args().get(0));
        assertEquals("deployer-sa", cause.args().get(1));
    }

    @Test
    void a_selector_value_that_differs_from_the_pods_names_both_values() {
        Diagnosis d = broken.diagnose("checkout", "web");
        Cause cause = first(d, CauseKind.SERVICE_SELECTOR_VALUE);
        assertEquals("version", cause.args().get(1));
        assertEquals("v2", cause.args().get(2));
        assertEquals("v1", cause.args().get(3));
    }

    @Test
    void no_space_left_in_a_log_names_the_claim_and_its_size() {
        Diagnosis d = broken.diagnose("indexer", "data");
        Cause cause = first(d, CauseKind.DISK_FULL);
        assertTrue(cause.args().get(2).contains("index-data (5Gi) at /data"), text(cause));
    }

    @Test
    void a_network_policy_that_admits_only_other_clients_is_named_for_the_client() {
        Diagnosis d = broken.diagnose("orders", "shop", "frontend");
        Cause cause = first(d, CauseKind.NETWORK_POLICY_INGRESS);
        assertEquals("orders-ingress", cause.args().get(0));
        assertEquals("frontend", cause.args().get(2));
        assertEquals("8080", cause.args().get(3));
        assertEquals("network-policy", d.runbook());

        Diagnosis allowed = broken.diagnose("orders", "shop", "payments");
        assertFalse(kinds(allowed).contains(CauseKind.NETWORK_POLICY_INGRESS), allowed.causes().toString());
        assertTrue(allowed.fine().stream().anyMatch(f -> f.key().equals("ingress-allowed")), allowed.fine().toString());
    }

    @Test
    void a_healthy_pod_still_has_its_current_logs_read() {
        Diagnosis d = broken.diagnose("storefront", "web");
        assertTrue(d.logs().stream().anyMatch(l -> !l.previous() && l.container().equals("web")), d.logs().toString());
        assertTrue(d.fine().stream().anyMatch(f -> f.key().equals("logs-clean")), d.fine().toString());
    }

    @Test
    void an_init_container_that_never_finishes_is_named_with_what_it_last_logged() {
        Diagnosis d = broken.diagnose("orders-api", "init");
        Cause cause = first(d, CauseKind.INIT_STUCK);
        assertEquals("wait-for-redis", cause.args().get(1));
        assertTrue(cause.args().get(3).contains("redis-master"), text(cause));
        assertFalse(d.fine().stream().anyMatch(f -> f.key().equals("pods-healthy")), "a pod in Init is not healthy: " + d.fine());
    }

    @Test
    void a_node_selector_no_node_matches_is_named() {
        Cause cause = first(broken.diagnose("renderer", "sched"), CauseKind.NODE_SELECTOR);
        assertEquals("disktype=ssd", cause.args().get(1));
        assertEquals("4", cause.args().get(2));
    }
}
