package io.kubemate.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Model calls: {@code kubemate.llm.requests} (Prometheus {@code kubemate_llm_requests_seconds_*}, by model
 * and outcome) and {@code kubemate.llm.tokens} ({@code kubemate_llm_tokens_total}, by model and direction).
 * The conversation engine reports each call here; the router mode makes none.
 */
@Singleton
public final class LlmMetrics {

    public static final String REQUESTS = "kubemate.llm.requests";
    public static final String TOKENS = "kubemate.llm.tokens";

    private final MeterRegistry registry;

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

    private Counter tokens(String model, String direction) {
        return Counter.builder(TOKENS).description("Model tokens by model and direction")
                .tags("model", model, "direction", direction).register(registry);
    }
}
