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

/** GPU health per node from dcgm-exporter: Xid codes with their meaning and severity, temperature, framebuffer. */
class GpuInspectionTest extends AnalyzerFixtureTest {

    @Override
    Inspection analyzer() {
        return new GpuInspection(() -> Outcome.noData("no Prometheus is configured"));
    }

    @Override
    Inspection analyzer(ScenarioBackends backends) {
        return new GpuInspection(prometheus(backends));
    }

    @Override
    String fixture() {
        return "gpu";
    }

    private static List<Finding> inspect(String namespace, RecordedPrometheus prometheus) throws Exception {
        PrometheusClient client = new PrometheusClient("default", prometheus.url(), false, Duration.ofSeconds(2));
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/gpu/found"), null)) {
            return new GpuInspection(() -> Outcome.ok(client))
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), namespace, Fixtures.CLOCK.instant()));
        }
    }

    private static Finding one(List<Finding> findings, String check, String node) {
        List<Finding> matching = findings.stream().filter(f -> f.check().equals(check) && f.name().equals(node)).toList();
        assertEquals(1, matching.size(), check + " on " + node + ": " + findings);
        return matching.getFirst();
    }

    @Test
    void a_gpu_off_the_bus_is_critical_and_names_the_code_its_meaning_and_the_kernel_log() throws Exception {
        try (ScenarioBackends backends = ScenarioBackends.start(Fixtures.resource("inspect/gpu/found"));
             ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/gpu/found"), null)) {
            List<Finding> findings = new GpuInspection(prometheus(backends))
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), null, Fixtures.CLOCK.instant()));
            Finding bus = one(findings, "gpu-xid", "gpu-node-1");
            assertEquals(Severity.CRITICAL, bus.severity());
            assertEquals(RunbookIds.GPU_XID, bus.runbook());
            assertTrue(bus.problem().startsWith("GPU #3 NVIDIA A100-SXM4-80GB reported Xid 79 in the last 24 h: the GPU has fallen off the bus"),
                    bus.problem());
            assertEquals("kubectl debug node/gpu-node-1 -it --image=busybox:1.36 -- chroot /host sh -c 'dmesg -T | grep -i xid | tail -20'", bus.fix());
            Finding app = one(findings, "gpu-xid", "gpu-node-3");
            assertEquals(Severity.WARNING, app.severity());
            assertTrue(app.problem().contains("usually the application"), app.problem());
            assertTrue(app.evidence().getFirst().contains("pod ml/train-7"), app.evidence().toString());
            Finding hot = one(findings, "gpu-hot", "gpu-node-2");
            assertEquals(Severity.CRITICAL, hot.severity());
            assertTrue(hot.problem().startsWith("GPU #0 NVIDIA A100-SXM4-80GB is at 91 °C") && hot.problem().endsWith("(and 1 more)"), hot.problem());
            Finding memory = one(findings, "gpu-memory-full", "gpu-node-2");
            assertTrue(memory.problem().contains("has 98% of its memory in use"), memory.problem());
        }
    }

    @Test
    void an_ecc_error_points_at_the_ecc_and_page_retirement_state_of_that_gpu_and_names_the_pod_using_it() throws Exception {
        try (RecordedPrometheus prometheus = new RecordedPrometheus()) {
            prometheus.answer(GpuInspection.XID, """
                    {"status":"success","data":{"resultType":"vector","result":[
                     {"metric":{"gpu":"5","UUID":"GPU-x","Hostname":"10.30.0.12","namespace":"gpu-operator","pod":"nvidia-dcgm-exporter-8xk2p",
                      "exported_namespace":"ml","exported_pod":"train-9"},"value":[1795424400,"48"]}]}}""");
            Finding ecc = one(inspect(null, prometheus), "gpu-xid", "gpu-node-2");
            assertEquals(Severity.CRITICAL, ecc.severity());
            assertTrue(ecc.problem().contains("double-bit ECC"), ecc.problem());
            assertTrue(ecc.evidence().getFirst().endsWith("[gpu 5 GPU-x, pod ml/train-9] = 48"), ecc.evidence().toString());
            assertEquals("kubectl debug node/gpu-node-2 -it --image=busybox:1.36 -- chroot /host nvidia-smi -q -d ECC,PAGE_RETIREMENT -i 5", ecc.fix());
        }
    }

    @Test
    void a_namespace_inspection_asks_prometheus_nothing() throws Exception {
        try (RecordedPrometheus prometheus = new RecordedPrometheus()) {
            assertEquals(List.of(), inspect("ml", prometheus));
            assertEquals(List.of(), prometheus.asked());
        }
    }

    @Test
    void a_failing_prometheus_gives_one_info_finding_and_no_gpu_findings() throws Exception {
        try (RecordedPrometheus prometheus = new RecordedPrometheus()) {
            List<Finding> findings = inspect(null, prometheus.failing(422));
            assertEquals(List.of("gpu-skipped"), findings.stream().map(Finding::check).toList());
            assertEquals(Severity.INFO, findings.getFirst().severity());
        }
    }
}
