package io.kubemate.bot.observe;

import io.kubemate.tools.metrics.MetricShortcuts;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * At start, checks the metrics shortcut templates against each reachable Prometheus: a template reading a metric
 * the server has no series of would answer "no data" forever, so it is named in the log with the metric, while the
 * bot starts anyway (Prometheus may be down, or the exporter not yet deployed).
 */
@Singleton
public final class ShortcutMetricsCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ShortcutMetricsCheck.class);

    /** A shortcut reading metrics a Prometheus does not have. */
    public record Gap(String prometheus, String shortcut, Set<String> missing) {
    }

    private final Backends backends;
    private final MetricShortcuts shortcuts;

    public ShortcutMetricsCheck(Backends backends, MetricShortcuts shortcuts) {
        this.backends = backends;
        this.shortcuts = shortcuts;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        if (!backends.prometheusClients().isEmpty()) {
            Thread.ofVirtual().name("shortcut-metrics-check").start(this::check);
        }
    }

    /** The gaps found (also logged); a Prometheus that does not answer is logged and skipped. */
    public List<Gap> check() {
        List<Gap> gaps = new ArrayList<>();
        for (PrometheusClient client : backends.prometheusClients()) {
            Outcome<Set<String>> known = client.metricNames();
            if (!(known instanceof Outcome.Ok<Set<String>> ok)) {
                LOG.info("metrics shortcuts not checked against Prometheus '{}': {}", client.name(), why(known));
                continue;
            }
            for (String name : shortcuts.names()) {
                Set<String> missing = new TreeSet<>(shortcuts.metricNames(shortcuts.get(name).orElseThrow()));
                missing.removeAll(ok.value());
                if (!missing.isEmpty()) {
                    gaps.add(new Gap(client.name(), name, missing));
                    LOG.warn("metrics shortcut '{}' reads {}, of which Prometheus '{}' has no series: adapt it in the file named by "
                            + "kubemate.tools.metric-shortcuts", name, missing, client.name());
                }
            }
        }
        return gaps;
    }

    private static String why(Outcome<?> outcome) {
        return switch (outcome) {
            case Outcome.NoData<?> none -> none.reason();
            case Outcome.Forbidden<?> denied -> denied.reason();
            case Outcome.Failure<?> failure -> failure.reason();
            case Outcome.Ok<?> ok -> "answered";
        };
    }
}
