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
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Host items of every node from node-exporter: disk space and inodes (≥ 85 % used, or predicted full within 24 h
 * by {@code predict_linear} over 6 h), memory, load per core, disk IO saturation, clock offset and file
 * descriptors. Node-wide, so only in a whole-cluster inspection (which needs cluster-wide inspection rights) by a
 * person who may list nodes, and only when a Prometheus is configured. Each finding names the worst mount
 * point or device and carries a read-only command that shows the cause on the node.
 */
public final class NodeHostInspection implements Inspection {

    static final String FS = "fstype!~\"tmpfs|overlay|squashfs|nsfs|ramfs|fuse.lxcfs\",mountpoint!~\"/run(/.*)?|/var/lib/kubelet/.+|/boot(/.*)?\"";
    static final String DISK_USED = "1 - node_filesystem_avail_bytes{" + FS + "} / node_filesystem_size_bytes{" + FS + "}";
    static final String DISK_AVAIL_IN_24H = "predict_linear(node_filesystem_avail_bytes{" + FS + "}[6h], 86400)";
    static final String INODES_USED = "1 - node_filesystem_files_free{" + FS + "} / node_filesystem_files{" + FS + "}";
    static final String INODES_FREE_IN_24H = "predict_linear(node_filesystem_files_free{" + FS + "}[6h], 86400)";
    static final String MEMORY_USED = "1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes";
    static final String LOAD_PER_CORE = "node_load15 / on(instance) count by (instance) (node_cpu_seconds_total{mode=\"idle\"})";
    static final String DISK_BUSY = "rate(node_disk_io_time_seconds_total{device!~\"dm-.*|loop.*|sr.*\"}[10m])";
    static final String CLOCK_OFFSET = "abs(node_timex_offset_seconds)";
    static final String FILE_DESCRIPTORS = "node_filefd_allocated / node_filefd_maximum";

    static final double FULL = 0.85;
    static final double NEARLY_EXHAUSTED = 0.95;
    static final double MEMORY_HIGH = 0.90;
    static final double LOAD_HIGH = 2.0;
    static final double DISK_SATURATED = 0.90;
    static final double CLOCK_SKEW_SECONDS = 0.05;
    static final double FD_HIGH = 0.80;

    /** Mount points and devices come from labels: only plain ones go into a command a person may paste. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9/._-]{1,200}");
    private static final String DEBUG = "kubectl debug node/%s -it --image=busybox:1.36 -- chroot /host ";

    /** One host item: which series, when a value is bad (worst first), how bad, and what to say and run. */
    private record Rule(String check, String promql, boolean lowIsBad, double threshold, double critical,
                        Function<NodeSeries.Value, Reason> problem, Function<NodeSeries.Value, String> fix, String runbook) {

        boolean bad(double v) {
            return lowIsBad ? v < threshold : v >= threshold;
        }

        Severity severity(double v) {
            return !lowIsBad && v >= critical ? Severity.CRITICAL : Severity.WARNING;
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("node-disk-full", DISK_USED, false, FULL, NEARLY_EXHAUSTED,
                    v -> Reason.of("finding.node-disk-full", v.where(), percent(v.value())),
                    v -> debug(v.node(), "sh -c 'du -xh -d 2 " + v.where() + " | sort -rh | head -20'"), RunbookIds.EVICTED),
            new Rule("node-disk-filling", DISK_AVAIL_IN_24H, true, 0, Double.NaN,
                    v -> Reason.of("finding.node-disk-filling", v.where()),
                    v -> debug(v.node(), "sh -c 'du -xh -d 2 " + v.where() + " | sort -rh | head -20'"), RunbookIds.EVICTED),
            new Rule("node-inodes-full", INODES_USED, false, FULL, NEARLY_EXHAUSTED,
                    v -> Reason.of("finding.node-inodes-full", v.where(), percent(v.value())),
                    v -> inodeHunt(v), RunbookIds.EVICTED),
            new Rule("node-inodes-filling", INODES_FREE_IN_24H, true, 0, Double.NaN,
                    v -> Reason.of("finding.node-inodes-filling", v.where()),
                    v -> inodeHunt(v), RunbookIds.EVICTED),
            new Rule("node-memory-high", MEMORY_USED, false, MEMORY_HIGH, 0.97,
                    v -> Reason.of("finding.node-memory-high", percent(v.value())),
                    v -> "kubectl describe node " + v.node(), RunbookIds.EVICTED),
            new Rule("node-load-high", LOAD_PER_CORE, false, LOAD_HIGH, Double.POSITIVE_INFINITY,
                    v -> Reason.of("finding.node-load-high", String.format(Locale.ROOT, "%.1f", v.value())),
                    v -> debug(v.node(), "sh -c 'top -b -n 1 | head -30'"), "inspection-triage"),
            new Rule("node-disk-io-saturated", DISK_BUSY, false, DISK_SATURATED, Double.POSITIVE_INFINITY,
                    v -> Reason.of("finding.node-disk-io-saturated", v.where(), percent(v.value())),
                    v -> debug(v.node(), "cat /proc/pressure/io"), "inspection-triage"),
            new Rule("node-clock-skew", CLOCK_OFFSET, false, CLOCK_SKEW_SECONDS, 1.0,
                    v -> Reason.of("finding.node-clock-skew", String.format(Locale.ROOT, "%.0f", v.value() * 1000)),
                    v -> debug(v.node(), "chronyc tracking"), "inspection-triage"),
            new Rule("node-filefd-high", FILE_DESCRIPTORS, false, FD_HIGH, NEARLY_EXHAUSTED,
                    v -> Reason.of("finding.node-filefd-high", percent(v.value())),
                    v -> debug(v.node(), "sh -c 'for p in /proc/[0-9]*; do echo \"$(ls $p/fd 2>/dev/null | wc -l) $(cat $p/comm)\"; done | sort -rn | head'"),
                    "inspection-triage"));

    private final Supplier<Outcome<PrometheusClient>> prometheus;

    /** @param prometheus the cluster's Prometheus (node-exporter series are not per namespace) */
    public NodeHostInspection(Supplier<Outcome<PrometheusClient>> prometheus) {
        this.prometheus = prometheus;
    }

    @Override
    public String id() {
        return "node-host";
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
        NodeSeries series = new NodeSeries(client.value(), scope.now(), nodes);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RULES) {
            Map<String, List<NodeSeries.Value>> byNode = series.of(rule.promql()).stream()
                    .filter(v -> rule.bad(v.value()))
                    .collect(Collectors.groupingBy(NodeSeries.Value::node));
            byNode.keySet().stream().sorted().forEach(node -> {
                List<NodeSeries.Value> worst = byNode.get(node).stream()
                        .sorted(Comparator.comparingDouble((NodeSeries.Value v) -> rule.lowIsBad() ? v.value() : -v.value())).toList();
                NodeSeries.Value first = worst.getFirst();
                Finding finding = new Finding(rule.severity(first.value()), rule.check(), "Node", null, node, rule.problem().apply(first),
                        worst.stream().limit(3).map(v -> rule.promql() + (v.where() == null ? "" : " [" + v.where() + "]")
                                + " = " + number(v.value())).toList(), rule.runbook());
                findings.add((worst.size() > 1 ? finding.and(Reason.of("finding.and-more", worst.size() - 1)) : finding)
                        .withFix(first.where() == null || SAFE_PATH.matcher(first.where()).matches() ? rule.fix().apply(first) : null));
            });
        }
        series.failure().ifPresent(reason -> findings.add(new Finding(Severity.INFO, id() + "-skipped", "Inspection", null, id(),
                Reason.of("finding.node-host-skipped", reason), List.of(), null)));
        return findings;
    }

    private static String inodeHunt(NodeSeries.Value v) {
        return debug(v.node(), "sh -c 'find " + v.where() + " -xdev -type f | cut -d/ -f1-4 | sort | uniq -c | sort -rn | head -20'");
    }

    private static String debug(String node, String command) {
        return String.format(Locale.ROOT, DEBUG, node) + command;
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
    }

    private static String number(double value) {
        DoubleFunction<String> format = v -> Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
        return format.apply(value);
    }
}
