package io.kubemate.tools.inspect;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Host items over recorded node-exporter answers: worst mount point or device per node, severity, runbook and fix. */
class NodeHostInspectionTest {

    private final RecordedPrometheus prometheus = new RecordedPrometheus();

    @AfterEach
    void stop() {
        prometheus.close();
    }

    private RecordedPrometheus recorded() throws Exception {
        Map<String, String> files = Map.of(NodeHostInspection.DISK_USED, "disk-used", NodeHostInspection.DISK_AVAIL_IN_24H, "disk-avail-24h",
                NodeHostInspection.INODES_USED, "inodes-used", NodeHostInspection.INODES_FREE_IN_24H, "inodes-free-24h",
                NodeHostInspection.MEMORY_USED, "memory-used", NodeHostInspection.LOAD_PER_CORE, "load-per-core",
                NodeHostInspection.DISK_BUSY, "disk-busy", NodeHostInspection.CLOCK_OFFSET, "clock-offset",
                NodeHostInspection.FILE_DESCRIPTORS, "file-descriptors");
        for (var e : files.entrySet()) {
            prometheus.answer(e.getKey(), Files.readString(Fixtures.resource("inspect/node-host/prometheus/" + e.getValue() + ".json")));
        }
        return prometheus;
    }

    private List<Finding> inspect(String namespace) throws Exception {
        PrometheusClient client = new PrometheusClient("default", prometheus.url(), false, Duration.ofSeconds(2));
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource("inspect/node-host"), null)) {
            return new NodeHostInspection(() -> Outcome.ok(client))
                    .inspect(new InspectionScope(cluster, Subject.ownCredentials(), namespace, Fixtures.CLOCK.instant()));
        }
    }

    private static Finding one(List<Finding> findings, String check, String node) {
        List<Finding> matching = findings.stream().filter(f -> f.check().equals(check) && f.name().equals(node)).toList();
        assertEquals(1, matching.size(), check + " on " + node + ": " + findings);
        return matching.getFirst();
    }

    @Test
    void finds_each_host_item_on_its_node_and_nothing_on_healthy_values_or_hosts_that_are_no_node() throws Exception {
        recorded();
        List<Finding> findings = inspect(null);
        assertEquals(Set.of("node-disk-full worker-01", "node-memory-high worker-01", "node-load-high worker-01",
                        "node-disk-filling worker-02", "node-disk-io-saturated worker-02",
                        "node-inodes-full worker-03", "node-inodes-filling worker-03", "node-clock-skew worker-03", "node-filefd-high worker-03"),
                findings.stream().map(f -> f.check() + " " + f.name()).collect(Collectors.toSet()));
        assertEquals(9, findings.size(), findings.toString());
    }

    @Test
    void names_the_worst_filesystem_with_severity_runbook_and_a_read_only_command() throws Exception {
        recorded();
        List<Finding> findings = inspect(null);
        Finding disk = one(findings, "node-disk-full", "worker-01");
        assertEquals("filesystem /var is 91% full", disk.problem());
        assertEquals(Severity.WARNING, disk.severity());
        assertEquals(RunbookIds.EVICTED, disk.runbook());
        assertEquals("kubectl debug node/worker-01 -it --image=busybox:1.36 -- chroot /host sh -c 'du -xh -d 2 /var | sort -rh | head -20'",
                disk.fix());
        Finding filling = one(findings, "node-disk-filling", "worker-02");
        assertTrue(filling.problem().contains("/var/lib/containerd will be full within 24 h"), filling.problem());
        assertEquals(Severity.CRITICAL, one(findings, "node-inodes-full", "worker-03").severity());
        Finding clock = one(findings, "node-clock-skew", "worker-03");
        assertTrue(clock.problem().contains("off by 119 ms"), clock.problem());
        assertTrue(clock.fix().endsWith("chroot /host chronyc tracking"), clock.fix());
        Finding io = one(findings, "node-disk-io-saturated", "worker-02");
        assertTrue(io.problem().startsWith("disk nvme1n1 was busy 97%"), io.problem());
    }

    @Test
    void a_namespace_inspection_asks_prometheus_nothing() throws Exception {
        recorded();
        assertTrue(inspect("payments").isEmpty());
        assertEquals(List.of(), prometheus.asked());
    }

    @Test
    void a_failing_prometheus_gives_one_info_finding_and_no_host_findings() throws Exception {
        prometheus.failing(422);
        List<Finding> findings = inspect(null);
        assertEquals(List.of("node-host-skipped"), findings.stream().map(Finding::check).toList());
        assertEquals(Severity.INFO, findings.getFirst().severity());
        assertTrue(findings.getFirst().problem().contains("too many samples"), findings.getFirst().problem());
    }

    @Test
    void no_command_is_offered_for_a_mount_point_that_could_break_out_of_it() throws Exception {
        prometheus.answer(NodeHostInspection.DISK_USED, """
                {"status":"success","data":{"resultType":"vector","result":[
                 {"metric":{"instance":"10.20.1.11:9100","mountpoint":"/data'; rm -rf / #","device":"/dev/sdb"},"value":[1795424400,"0.97"]}]}}""");
        Finding disk = one(inspect(null), "node-disk-full", "worker-01");
        assertNull(disk.fix());
        assertEquals(Severity.CRITICAL, disk.severity());
    }
}
