package io.kubemate.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Model calls: {@code kubemate.llm.requests} (Prometheus {@code kubemate_llm_requests_seconds_*}, by model
 * and outcome), {@code kubemate.llm.tokens} ({@code kubemate_llm_tokens_total}, by model and direction) and
 * {@code kubemate.llm.context} ({@code kubemate_llm_context_tokens_*}: the estimated context of each call, tool
 * definitions included — what {@code num_ctx} must hold).
 * The conversation engine reports each call here; the router mode makes none.
 */
@Singleton
public final class LlmMetrics {

    public static final String REQUESTS = "kubemate.llm.requests";
    public static final String TOKENS = "kubemate.llm.tokens";
    public static final String CONTEXT = "kubemate.llm.context";

    private final MeterRegistry registry;
    private final AtomicInteger largestContext = new AtomicInteger();

    public LlmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One finished call; {@code outcome} is {@code ok} or a short failure word such as {@code timeout}, {@code error}. */
    public void record(String model, String outcome, Duration took, long inputTokens, long outputTokens) {
        Timer.builder(REQUESTS).description("Model calls by model and outcome").tags("model", model, "outcome", outcome)
                .register(registry).record(took);
        tokens(model, "input").increment(inputTokens);
        tokens(model, "output").increment(outputTokens);
    }

    /** The estimated size of the context one call sends. */
    public void context(String model, int tokens) {
        DistributionSummary.builder(CONTEXT).description("Estimated context of each model call, tool definitions included")
                .baseUnit("tokens").tags("model", model).register(registry).record(tokens);
        largestContext.accumulateAndGet(tokens, Math::max);
    }

    /** The largest context any call of this process sent (the summary's own maximum decays with time). */
    public int largestContext() {
        return largestContext.get();
    }

    private Counter tokens(String model, String direction) {
        return Counter.builder(TOKENS).description("Model tokens by model and direction")
                .tags("model", model, "direction", direction).register(registry);
    }
}
