package io.kubemate.tools.metrics;

import io.kubemate.tools.Fixtures;
import io.kubemate.tools.inspect.ContainerMemoryInspection;
import io.kubemate.tools.inspect.Finding;
import io.kubemate.tools.inspect.Inspection;
import io.kubemate.tools.inspect.InspectionScope;
import io.kubemate.tools.inspect.NodeHostInspection;
import io.kubemate.tools.kube.ClusterAccess;
import io.kubemate.tools.kube.Subject;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.sandbox.SandboxCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The inspections' PromQL evaluated by a real Prometheus over backfilled node-exporter, cAdvisor and
 * kube-state-metrics history ({@link LocalPrometheus}): what the recorded answers of the unit tests stand for.
 */
class InspectionQueriesIT {

    private static final Instant NOW = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES);
    private static LocalPrometheus prometheus;

    @BeforeAll
    static void backfillAndStart() throws Exception {
        StringBuilder om = new StringBuilder();
        String w1 = "instance=\"10.20.1.11:9100\",job=\"node-exporter\"";
        String w2 = "instance=\"10.20.1.12:9100\",job=\"node-exporter\"";
        String w3 = "instance=\"10.20.1.13:9100\",job=\"node-exporter\",node=\"worker-03\"";
        String var = ",device=\"/dev/nvme1n1\",fstype=\"xfs\",mountpoint=\"/var\"";
        String containerd = ",device=\"/dev/nvme1n1\",fstype=\"xfs\",mountpoint=\"/var/lib/containerd\"";
        String root = ",device=\"/dev/sda2\",fstype=\"ext4\",mountpoint=\"/\"";
        double gb = 1e9;
        // worker-01: /var 92 % full and flat; worker-02: containerd losing 4 GB an hour; worker-03: inodes nearly gone
        gauge(om, "node_filesystem_size_bytes", List.of(w1 + var, w2 + containerd, w3 + root), h -> 200 * gb);
        series(om, "node_filesystem_avail_bytes", w1 + var, 7, h -> 16 * gb);
        series(om, "node_filesystem_avail_bytes", w2 + containerd, 7, h -> (60 - 4 * h) * gb);
        series(om, "node_filesystem_avail_bytes", w3 + root, 7, h -> 120 * gb);
        gauge(om, "node_filesystem_files", List.of(w1 + var, w2 + containerd, w3 + root), h -> 1e7);
        series(om, "node_filesystem_files_free", w1 + var, 7, h -> 9e6);
        series(om, "node_filesystem_files_free", w2 + containerd, 7, h -> 8e6);
        series(om, "node_filesystem_files_free", w3 + root, 7, h -> 3e5);
        gauge(om, "node_memory_MemTotal_bytes", List.of(w1, w2, w3), h -> 64 * gb);
        series(om, "node_memory_MemAvailable_bytes", w1, 7, h -> 4 * gb);
        series(om, "node_memory_MemAvailable_bytes", w2, 7, h -> 30 * gb);
        series(om, "node_memory_MemAvailable_bytes", w3, 7, h -> 40 * gb);
        series(om, "node_load15", w1, 7, h -> 10);
        series(om, "node_load15", w2, 7, h -> 2);
        series(om, "node_load15", w3, 7, h -> 1);
        for (String node : List.of(w1, w2, w3)) {
            for (int cpu = 0; cpu < 4; cpu++) {
                series(om, "node_cpu_seconds_total", node + ",cpu=\"" + cpu + "\",mode=\"idle\"", 7, h -> 1000 + h * 3600);
            }
        }
        series(om, "node_disk_io_time_seconds_total", w1 + ",device=\"nvme1n1\"", 7, h -> h * 3600 * 0.2);
        series(om, "node_disk_io_time_seconds_total", w2 + ",device=\"nvme1n1\"", 7, h -> h * 3600 * 0.97);
        series(om, "node_timex_offset_seconds", w1, 7, h -> 0.0004);
        series(om, "node_timex_offset_seconds", w3, 7, h -> -0.2);
        series(om, "node_filefd_maximum", w3, 7, h -> 1e6);
        series(om, "node_filefd_maximum", w1, 7, h -> 1e6);
        series(om, "node_filefd_allocated", w3, 7, h -> 9e5);
        series(om, "node_filefd_allocated", w1, 7, h -> 2e4);
        // payment-api grows every hour for 26 h; risk-engine was OOM-killed twice tonight; order-api is flat
        String payment = "namespace=\"payments\",pod=\"payment-api-7d9f8b6c5d-x2k4p\",container=\"api\",image=\"reg.local/payment-api:8.1.0\"";
        String flat = "namespace=\"payments\",pod=\"order-api-5f6d8c9b7-abcde\",container=\"api\",image=\"reg.local/order-api:4.2.0\"";
        series(om, "container_memory_working_set_bytes", payment, 26, h -> (300 + 20 * h) * 1e6);
        series(om, "container_memory_working_set_bytes", flat, 26, h -> 500e6 + (h % 2) * 5e6);
        String risk = "namespace=\"risk\",pod=\"risk-engine-45c498b788-jjgdp\",container=\"engine\"";
        series(om, "kube_pod_container_status_restarts_total", risk, 26, h -> h < 20 ? 0 : 2);
        series(om, "kube_pod_container_status_last_terminated_reason", risk + ",reason=\"OOMKilled\"", 26, h -> 1);
        om.append("# EOF\n");
        prometheus = LocalPrometheus.start(om.toString());
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    /** One gauge family per name, samples every 5 minutes for {@code hours} up to NOW; value by hours since start. */
    private static void series(StringBuilder om, String name, String labels, int hours, DoubleUnaryOperator valueAtHour) {
        Instant start = NOW.minus(Duration.ofHours(hours));
        for (Instant t = start; !t.isAfter(NOW); t = t.plus(Duration.ofMinutes(5))) {
            double h = Duration.between(start, t).toSeconds() / 3600.0;
            om.append(name).append('{').append(labels).append("} ").append(valueAtHour.applyAsDouble(h)).append(' ')
                    .append(t.getEpochSecond()).append('\n');
        }
    }

    private static void gauge(StringBuilder om, String name, List<String> labels, DoubleUnaryOperator value) {
        labels.forEach(l -> series(om, name, l, 7, value));
    }

    private static Set<String> found(Inspection inspection, String folder) throws Exception {
        try (ClusterAccess cluster = SandboxCluster.start(Fixtures.resource(folder), null)) {
            List<Finding> findings = inspection.inspect(new InspectionScope(cluster, Subject.ownCredentials(), null, NOW));
            return findings.stream().map(f -> f.check() + " " + f.name()).collect(Collectors.toSet());
        }
    }

    private static PrometheusClient client() {
        return new PrometheusClient("it", prometheus.url(), false, Duration.ofSeconds(20));
    }

    @Test
    void the_host_queries_find_the_full_the_filling_and_the_skewed_nodes() throws Exception {
        PrometheusClient client = client();
        assertEquals(Set.of("node-disk-full worker-01", "node-memory-high worker-01", "node-load-high worker-01",
                        "node-disk-filling worker-02", "node-disk-io-saturated worker-02",
                        "node-inodes-full worker-03", "node-clock-skew worker-03", "node-filefd-high worker-03"),
                found(new NodeHostInspection(() -> Outcome.ok(client)), "inspect/node-host"));
    }

    @Test
    void the_application_queries_find_the_oom_kill_and_the_steady_growth_only() throws Exception {
        PrometheusClient client = client();
        assertEquals(Set.of("container-oom-killed risk-engine", "container-memory-growth payment-api"),
                found(new ContainerMemoryInspection(() -> Outcome.ok(client)), "inspect/container-memory"));
    }
}
