package io.kubemate.bot.metrics;

import io.kubemate.bot.toolcall.ReadTool;
import io.kubemate.bot.toolcall.ToolArgs;
import io.kubemate.bot.toolcall.Caller;
import io.kubemate.tools.outcome.Outcome;
import io.kubemate.tools.report.Reportable;
import io.kubemate.tools.spec.ToolSpec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.Locale;

/**
 * A read tool that times each run into {@code kubemate.tool.calls} (Prometheus:
 * {@code kubemate_tool_calls_seconds_count/_sum/_bucket}), tagged with the tool and how it ended.
 */
public final class MeteredReadTool implements ReadTool {

    public static final String METER = "kubemate.tool.calls";
    private static final Duration[] BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final ReadTool tool;
    private final MeterRegistry registry;

    public MeteredReadTool(ReadTool tool, MeterRegistry registry) {
        this.tool = tool;
        this.registry = registry;
    }

    @Override
    public ToolSpec spec() {
        return tool.spec();
    }

    @Override
    public Outcome<? extends Reportable> run(Caller caller, ToolArgs args) {
        Timer.Sample sample = Timer.start(registry);
        String ended = "exception";
        try {
            Outcome<? extends Reportable> outcome = tool.run(caller, args);
            ended = outcome(outcome);
            return outcome;
        } finally {
            sample.stop(Timer.builder(METER).description("Read tool runs by tool and outcome")
                    .tags("tool", tool.name(), "outcome", ended).serviceLevelObjectives(BUCKETS).register(registry));
        }
    }

    private static String outcome(Outcome<?> outcome) {
        return switch (outcome) {
            case Outcome.Ok<?> ok -> "ok";
            case Outcome.NoData<?> none -> "nodata";
            case Outcome.Forbidden<?> denied -> "forbidden";
            case Outcome.Failure<?> failure -> "failure_" + failure.kind().name().toLowerCase(Locale.ROOT);
        };
    }
}
