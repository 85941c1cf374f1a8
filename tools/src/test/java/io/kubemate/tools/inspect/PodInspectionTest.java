package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PodInspectionTest {

    private static ClusterAccess cluster;
    private static Map<String, List<Finding>> byPod;
    private static InspectionReport report;

    @BeforeAll
    static void inspect() {
        cluster = Fixtures.shopCluster();
        var runner = new InspectionRunner(cluster, List.of(new PodInspection(new Redactor())), Fixtures.CLOCK);
        Outcome<InspectionReport> outcome = runner.run(Subject.ownCredentials(), "shop");
        report = assertInstanceOf(Outcome.Ok.class, outcome) instanceof Outcome.Ok<?> ok ? (InspectionReport) ok.value() : null;
        byPod = report.findings().stream().collect(Collectors.groupingBy(Finding::name));
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    @Test
    void finds_crashloop_with_the_last_termination_reason() {
        Finding finding = byPod.get("web-7f9c-abcde").getFirst();
        assertEquals("pod-crashloop", finding.check());
        assertEquals(Severity.CRITICAL, finding.severity());
        assertTrue(finding.problem().contains("OOMKilled, exit code 137"), finding.problem());
        assertEquals("crashloop-backoff", finding.runbook());
    }

    @Test
    void finds_image_pull_failures() {
        Finding finding = byPod.get("cart-5d4b-fghij").getFirst();
        assertEquals("pod-image", finding.check());
        assertTrue(finding.problem().contains("registry.local/shop/cart:9.9.9-typo"), finding.problem());
    }

    @Test
    void finds_unschedulable_pods_with_the_scheduler_message() {
        Finding finding = byPod.get("search-0").getFirst();
        assertEquals("pod-unschedulable", finding.check());
        assertTrue(finding.evidence().getFirst().contains("Insufficient cpu"), finding.evidence().toString());
    }

    @Test
    void finds_container_config_errors() {
        assertEquals("pod-config", byPod.get("checkout-8e9f-pqrst").getFirst().check());
    }

    @Test
    void leaves_a_running_ready_pod_with_one_restart_alone() {
        assertFalse(byPod.containsKey("api-6c7d-klmno"), String.valueOf(byPod.get("api-6c7d-klmno")));
    }

    @Test
    void orders_findings_most_severe_first_and_counts_them() {
        assertEquals(4, report.count(Severity.CRITICAL));
        assertEquals(Severity.CRITICAL, report.findings().getFirst().severity());
        assertTrue(report.markdown().contains("4 critical"), report.markdown());
    }

    @Test
    void gives_the_same_fingerprint_to_the_same_problem() {
        Finding finding = byPod.get("web-7f9c-abcde").getFirst();
        Finding again = new Finding(Severity.WARNING, finding.check(), finding.kind(), finding.namespace(), finding.name(),
                "other text", List.of(), null).inCluster(finding.cluster());
        assertEquals("sandbox", finding.cluster());
        assertEquals(finding.fingerprint(), again.fingerprint());
        assertEquals(16, finding.fingerprint().length());
        assertNotEquals(finding.fingerprint(), again.inCluster("prod-east").fingerprint());
    }

    @Test
    void turns_a_broken_analyzer_into_an_info_finding() {
        Inspection broken = new Inspection() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public List<Finding> inspect(InspectionScope scope) {
                throw new IllegalStateException("unexpected field");
            }
        };
        var outcome = new InspectionRunner(cluster, List.of(broken), Fixtures.CLOCK).run(Subject.ownCredentials(), "shop");
        var findings = ((Outcome.Ok<InspectionReport>) outcome).value().findings();
        assertEquals(Severity.INFO, findings.getFirst().severity());
        assertTrue(findings.getFirst().problem().contains("unexpected field"));
    }
}
