package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.sandbox.SandboxCluster;
import io.kubemate.tools.sandbox.ScenarioBackends;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pod holding a GPU it did not use for 24 h is a low-severity waste finding on its workload, inside the tenant's namespace. */
class GpuIdleInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new GpuIdleInspection(() -> Outcome.noData("no Prometheus is configured"));
    }

    @Override
    Inspection analyzer(ScenarioBackends backends) {
        return new GpuIdleInspection(prometheus(backends));
    }

    @Override
    String fixture() {
        return "gpu-idle";
    }

    private static List<Finding> inspect(String namespace, RecordedPrometheus prometheus) throws Exception {
        PrometheusClient client = new PrometheusClient("default", prometheus.url(), false, Duration.ofSeconds(2));
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/gpu-idle/found"), null)) {
            return new GpuIdleInspection(() -> Outcome.ok(client))
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), namespace, Fixtures.CLOCK.instant()));
        }
    }

    @Test
    void an_idle_notebook_is_an_info_finding_on_its_deployment_with_a_describe_command() throws Exception {
        try (ScenarioBackends backends = ScenarioBackends.start(Fixtures.resource("inspect/gpu-idle/found"));
             ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/gpu-idle/found"), null)) {
            List<Finding> findings = new GpuIdleInspection(prometheus(backends))
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), "ml", Fixtures.CLOCK.instant()));
            assertEquals(1, findings.size(), findings.toString());
            Finding idle = findings.getFirst();
            assertEquals(Severity.INFO, idle.severity());
            assertEquals("Deployment ml/notebook-alice", idle.kind() + " " + idle.namespace() + "/" + idle.name());
            assertEquals("holds 1 nvidia.com/gpu whose utilisation stayed at most 0% for 24 h: reserved but unused", idle.problem());
            assertEquals("kubectl -n ml describe pod notebook-alice-6d9f7c5b8-x2k4p", idle.fix());
        }
    }

    @Test
    void a_namespace_inspection_asks_only_about_its_namespace_and_ignores_other_tenants_series() throws Exception {
        try (RecordedPrometheus prometheus = new RecordedPrometheus()) {
            prometheus.answer("max by (namespace, pod) (max_over_time(DCGM_FI_DEV_GPU_UTIL{namespace=\"ml\",pod!=\"\"}[24h]))", """
                    {"status":"success","data":{"resultType":"vector","result":[
                     {"metric":{"namespace":"research","pod":"notebook-alice-6d9f7c5b8-x2k4p"},"value":[1795424400,"0"]}]}}""");
            List<Finding> findings = inspect("ml", prometheus);
            assertEquals(1, prometheus.asked().size(), prometheus.asked().toString());
            assertTrue(prometheus.asked().getFirst().contains("namespace=\"ml\""), prometheus.asked().toString());
            assertEquals(List.of(), findings);
        }
    }

    @Test
    void without_a_pod_holding_a_gpu_prometheus_is_not_asked() throws Exception {
        try (RecordedPrometheus prometheus = new RecordedPrometheus()) {
            assertEquals(List.of(), inspect("payments", prometheus));
            assertEquals(List.of(), prometheus.asked());
        }
    }
}
