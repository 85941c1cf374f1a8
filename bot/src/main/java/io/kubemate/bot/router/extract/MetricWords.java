package io.kubemate.bot.router.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The metric a message asks about, as a {@code metrics_query} shortcut: "P99" → {@code latency_p99}, "内存" → {@code memory}. */
public final class MetricWords {

    /** Checked in order: the more specific words first. */
    private static final List<Map.Entry<String, List<String>>> WORDS = List.of(
            Map.entry("latency_p99", List.of("p99", "99th", "99分位", "99 分位")),
            Map.entry("latency_p95", List.of("p95", "95th", "95分位", "95 分位")),
            Map.entry("error_ratio", List.of("error rate", "error ratio", "errors rate", "5xx rate", "错误率", "失败率", "报错率")),
            Map.entry("request_rate", List.of("request rate", "qps", "rps", "requests per second", "throughput", "traffic",
                    "请求量", "请求率", "流量", "吞吐")),
            Map.entry("restarts", List.of("restart count", "restarts", "重启次数")),
            Map.entry("memory", List.of("memory", "mem ", "ram", "内存")),
            Map.entry("cpu", List.of("cpu", "处理器")),
            Map.entry("latency_p99", List.of("latency", "response time", "slow", "延迟", "时延", "耗时", "响应时间")));

    private MetricWords() {
    }

    public static Optional<String> find(String message) {
        String text = message.toLowerCase(Locale.ROOT) + " ";
        return WORDS.stream().filter(e -> e.getValue().stream().anyMatch(text::contains)).map(Map.Entry::getKey).findFirst();
    }
}
