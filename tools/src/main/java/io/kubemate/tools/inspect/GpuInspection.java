package io.kubemate.tools.inspect;

import io.fabric8.kubernetes.api.model.Node;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.outcome.Reason;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * GPU health of every node from the NVIDIA dcgm-exporter: an Xid error in the last 24 h ({@code gpu-xid}: the code
 * and what it commonly means; critical for the hardware and driver codes such as 48, 79, 94, 95), a GPU at
 * ≥ 85 °C ({@code gpu-hot}, critical at ≥ 90 °C) and a framebuffer ≥ 95 % used ({@code gpu-memory-full}).
 * Node-wide, so only in a whole-cluster inspection by a person who may list nodes, and only when a Prometheus is
 * configured. One finding per node and check, the worst GPU first, with a read-only command run on the node.
 */
public final class GpuInspection implements Inspection {

    static final String XID = "max_over_time(DCGM_FI_DEV_XID_ERRORS[24h])";
    static final String TEMPERATURE = "DCGM_FI_DEV_GPU_TEMP";
    static final String FB_USED = "DCGM_FI_DEV_FB_USED";
    static final String FB_FREE = "DCGM_FI_DEV_FB_FREE";
    static final double HOT = 85;
    static final double TOO_HOT = 90;
    static final double MEMORY_FULL = 0.95;

    private static final Pattern INDEX = Pattern.compile("\\d{1,3}");
    private static final String DEBUG = "kubectl debug node/%s -it --image=busybox:1.36 -- chroot /host ";

    private final Supplier<Outcome<PrometheusClient>> prometheus;

    /** @param prometheus the cluster's Prometheus, where the dcgm-exporter series live */
    public GpuInspection(Supplier<Outcome<PrometheusClient>> prometheus) {
        this.prometheus = prometheus;
    }

    @Override
    public String id() {
        return "gpu";
    }

    @Override
    public List<Finding> inspect(InspectionScope scope) {
        if (scope.namespace() != null) {
            return List.of();
        }
        List<Node> nodes = scope.list(Node.class);
        if (nodes.isEmpty() || !(prometheus.get() instanceof Outcome.Ok<PrometheusClient> client)) {
            return List.of();
        }
        GpuSeries series = new GpuSeries(client.value(), scope.now(), nodes);
        List<Finding> findings = new ArrayList<>();
        perNode(series.of(XID).stream().filter(g -> g.value() >= 1).toList(),
                Comparator.comparing((GpuSeries.Gpu g) -> XidCodes.severity(code(g))).thenComparing(g -> -g.value()),
                (node, gpus) -> xid(node, gpus.getFirst(), gpus.size()), findings);
        perNode(series.of(TEMPERATURE).stream().filter(g -> g.value() >= HOT).toList(), Comparator.comparingDouble(g -> -g.value()),
                (node, gpus) -> hot(node, gpus), findings);
        perNode(memoryUsed(series), Comparator.comparingDouble(g -> -g.value()), (node, gpus) -> memoryFull(node, gpus), findings);
        series.failure().ifPresent(reason -> findings.add(new Finding(Severity.INFO, id() + "-skipped", "Inspection", null, id(),
                Reason.of("finding.gpu-skipped", reason), List.of(), null)));
        return findings;
    }

    private interface PerNode {
        Finding finding(String node, List<GpuSeries.Gpu> worstFirst);
    }

    private static void perNode(List<GpuSeries.Gpu> bad, Comparator<GpuSeries.Gpu> worstFirst, PerNode finding, List<Finding> out) {
        Map<String, List<GpuSeries.Gpu>> byNode = bad.stream().collect(Collectors.groupingBy(GpuSeries.Gpu::node));
        byNode.keySet().stream().sorted().forEach(node -> {
            List<GpuSeries.Gpu> gpus = byNode.get(node).stream().sorted(worstFirst).toList();
            Finding f = finding.finding(node, gpus);
            out.add(gpus.size() > 1 ? f.and(Reason.of("finding.and-more", gpus.size() - 1)) : f);
        });
    }

    private static Finding xid(String node, GpuSeries.Gpu gpu, int count) {
        int code = code(gpu);
        List<Reason> problem = List.of(Reason.of("finding.gpu-xid", gpu.label(), code), Reason.of(XidCodes.meaning(code)));
        String command = XidCodes.ecc(code) ? "nvidia-smi -q -d ECC,PAGE_RETIREMENT" + onGpu(gpu) : "sh -c 'dmesg -T | grep -i xid | tail -20'";
        return new Finding(XidCodes.severity(code), "gpu-xid", "Node", null, node, Finding.english(problem),
                List.of(evidence(XID, gpu, String.valueOf(code))), RunbookIds.GPU_XID, null, null, problem).withFix(debug(node, command));
    }

    private static Finding hot(String node, List<GpuSeries.Gpu> gpus) {
        GpuSeries.Gpu gpu = gpus.getFirst();
        return new Finding(gpu.value() >= TOO_HOT ? Severity.CRITICAL : Severity.WARNING, "gpu-hot", "Node", null, node,
                Reason.of("finding.gpu-hot", gpu.label(), String.format(Locale.ROOT, "%.0f", gpu.value())),
                gpus.stream().limit(3).map(g -> evidence(TEMPERATURE, g, String.format(Locale.ROOT, "%.0f °C", g.value()))).toList(), null)
                .withFix(debug(node, "nvidia-smi -q -d TEMPERATURE,PERFORMANCE" + onGpu(gpu)));
    }

    private static Finding memoryFull(String node, List<GpuSeries.Gpu> gpus) {
        GpuSeries.Gpu gpu = gpus.getFirst();
        return new Finding(Severity.WARNING, "gpu-memory-full", "Node", null, node,
                Reason.of("finding.gpu-memory-full", gpu.label(), percent(gpu.value())),
                gpus.stream().limit(3).map(g -> evidence(FB_USED + " / (" + FB_USED + " + " + FB_FREE + ")", g, percent(g.value()))).toList(), null)
                .withFix(debug(node, "nvidia-smi --query-compute-apps=pid,process_name,used_memory --format=csv" + onGpu(gpu)));
    }

    /** Framebuffer used over total per GPU, joined here so that either series alone answers nothing. */
    private static List<GpuSeries.Gpu> memoryUsed(GpuSeries series) {
        Map<String, Double> free = series.of(FB_FREE).stream().collect(Collectors.toMap(GpuSeries.Gpu::key, GpuSeries.Gpu::value, Math::max));
        return series.of(FB_USED).stream()
                .filter(g -> free.containsKey(g.key()) && g.value() + free.get(g.key()) > 0)
                .map(g -> new GpuSeries.Gpu(g.node(), g.gpu(), g.uuid(), g.model(), g.pod(), g.value() / (g.value() + free.get(g.key()))))
                .filter(g -> g.value() >= MEMORY_FULL)
                .toList();
    }

    private static String evidence(String promql, GpuSeries.Gpu gpu, String value) {
        return promql + " [gpu " + gpu.gpu() + (gpu.uuid() == null ? "" : " " + gpu.uuid()) + (gpu.pod() == null ? "" : ", pod " + gpu.pod())
                + "] = " + value;
    }

    private static int code(GpuSeries.Gpu gpu) {
        return (int) Math.round(gpu.value());
    }

    /** Labels come from Prometheus: only a plain index goes into a command a person may paste. */
    private static String onGpu(GpuSeries.Gpu gpu) {
        return INDEX.matcher(gpu.gpu()).matches() ? " -i " + gpu.gpu() : "";
    }

    private static String debug(String node, String command) {
        return String.format(Locale.ROOT, DEBUG, node) + command;
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }
}
