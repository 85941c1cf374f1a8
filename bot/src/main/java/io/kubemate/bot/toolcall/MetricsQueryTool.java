package io.kubemate.bot.toolcall;

import io.kubemate.bot.observe.Backends;
import io.kubemate.bot.observe.ToolsProperties;
import io.kubemate.tools.metrics.MetricShortcuts;
import io.kubemate.tools.metrics.MetricsQuery;
import io.kubemate.tools.metrics.MetricsRequest;
import io.kubemate.tools.metrics.PrometheusClient;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.redact.Redactor;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.report.TokenBudget;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * {@code metrics_query}: raw PromQL ({@code query}) or a {@code shortcut} for a {@code workload}; {@code since}
 * makes it a range query summarised per series. Shortcut templates come from {@code prompts/metrics/shortcuts.yaml}.
 */
@Singleton
final class MetricsQueryTool implements ReadTool {

    static final String PERMISSION = "metrics.read";
    static final String SHORTCUTS = "prompts/metrics/shortcuts.yaml";

    private final Backends backends;
    private final MetricsQuery metrics;
    private final TokenBudget budget;

    MetricsQueryTool(Backends backends, Redactor redactor, Clock clock, ToolsProperties properties) {
        this.backends = backends;
        this.metrics = new MetricsQuery(load(), redactor, clock, properties.metricsMaxRange());
        this.budget = new TokenBudget(properties.tokenBudget());
    }

    @Override
    public String name() {
        return "metrics_query";
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        Outcome<PrometheusClient> client = backends.prometheus(args.string("endpoint"));
        if (!(client instanceof Outcome.Ok<PrometheusClient> ok)) {
            return Degraded.refusal(client);
        }
        MetricsRequest request = new MetricsRequest(args.string("query"), args.string("shortcut"), args.string("namespace"),
                args.string("workload"), args.duration("since"));
        return Degraded.answer(metrics.query(ok.value(), caller.scope(PERMISSION), request, budget));
    }

    private static MetricShortcuts load() {
        try (InputStream in = MetricsQueryTool.class.getClassLoader().getResourceAsStream(SHORTCUTS)) {
            if (in == null) {
                throw new IllegalStateException(SHORTCUTS + " is missing from the classpath (the prompts module)");
            }
            return MetricShortcuts.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
