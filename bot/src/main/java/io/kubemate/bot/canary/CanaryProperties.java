package io.kubemate.bot.canary;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * {@code kubemate.canary.*}: the traffic ladder of {@code canary_step}, when a canary counts as stuck, and the
 * thresholds of the {@code canary} tool's verdict (README, Canary releases).
 *
 * @param ladder             the canary's share after each step, in percent, rising to 100
 * @param stuckAfter         mid-way longer than this since the last step is an inspection finding
 * @param maxErrorRateDelta  roll back above this difference of error rates (0.01 = one percentage point)
 * @param maxP99Ratio        roll back above this ratio of p99 latencies, canary to stable
 * @param minRequestRate     hold below this many canary requests per second
 * @param window             the rate window of the metrics queries
 */
@ConfigurationProperties("kubemate.canary")
public record CanaryProperties(@Bindable(defaultValue = "5,20,50,100") List<Integer> ladder,
                               @Bindable(defaultValue = "2h") Duration stuckAfter,
                               @Bindable(defaultValue = "0.01") double maxErrorRateDelta,
                               @Bindable(defaultValue = "1.2") double maxP99Ratio,
                               @Bindable(defaultValue = "0.1") double minRequestRate,
                               @Bindable(defaultValue = "5m") Duration window) {
}
