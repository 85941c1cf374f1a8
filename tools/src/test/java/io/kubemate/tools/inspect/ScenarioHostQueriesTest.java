package io.kubemate.tools.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.tools.sandbox.OpenMetricsSeries;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The host and application queries of the inspections, asked of the issue-21 scenarios' recorded metrics through the
 * stand-in's evaluated PromQL: only worker-07's root filesystem is predicted full, only order-service grows steadily.
 */
class ScenarioHostQueriesTest {

    private static OpenMetricsSeries metrics(String scenario) throws Exception {
        return OpenMetricsSeries.parse(Files.readString(Path.of("../evals/scenarios", scenario, "metrics.om")));
    }

    private static Map<String, Double> by(JsonNode body, String label) {
        assertEquals("success", body.path("status").asText(), body.toString());
        Map<String, Double> out = new TreeMap<>();
        body.path("data").path("result").forEach(r -> out.put(r.path("metric").path(label).asText() + " " + r.path("metric").path("mountpoint").asText(""),
                r.path("value").get(1).asDouble()));
        return out;
    }

    @Test
    void only_worker_07s_root_filesystem_is_nearly_full_and_predicted_full_within_a_day() throws Exception {
        OpenMetricsSeries disk = metrics("node-disk-filling-en");
        Map<String, Double> used = by(disk.vector(NodeHostInspection.DISK_USED), "instance");
        assertEquals(4, used.size(), "/ of each node; /boot is left out by the query: " + used);
        used.forEach((where, ratio) -> assertEquals(where.equals("192.168.10.27:9100 /"), ratio >= NodeHostInspection.FULL, where + " " + ratio));
        Map<String, Double> ahead = by(disk.vector(NodeHostInspection.DISK_AVAIL_IN_24H), "instance");
        ahead.forEach((where, bytes) -> assertEquals(where.equals("192.168.10.27:9100 /"), bytes < 0, where + " " + bytes));
    }

    @Test
    void only_order_service_grows_every_hour_not_the_collected_jvm_nor_the_flat_gateway() throws Exception {
        Map<String, Double> growing = by(metrics("memory-leak-orders-zh").vector(ContainerMemoryInspection.STEADY_GROWTH), "pod");
        assertEquals(2, growing.size(), growing.toString());
        assertTrue(growing.keySet().stream().allMatch(pod -> pod.startsWith("order-service-")), growing.toString());
        assertTrue(growing.values().stream().allMatch(ratio -> ratio > 1.7 && ratio < 1.9), growing.toString());
    }
}
