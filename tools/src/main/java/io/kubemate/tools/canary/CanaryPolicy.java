package io.kubemate.tools.canary;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * How canaries are stepped and judged ({@code kubemate.canary.*}, README).
 *
 * @param ladder             the canary's share after each step, in percent, rising, ending at 100
 * @param stuckAfter         a canary mid-way for longer than this since its last step is reported by the inspection
 * @param maxErrorRateDelta  roll back when the canary's error rate exceeds the stable's by more than this (0.01 = 1 point)
 * @param maxP99Ratio        roll back when the canary's p99 latency exceeds the stable's times this
 * @param minRequestRate     below this many requests per second the canary has too little traffic to judge: hold
 * @param window             the rate window of the queries
 */
public record CanaryPolicy(List<Integer> ladder, Duration stuckAfter, double maxErrorRateDelta, double maxP99Ratio,
                           double minRequestRate, Duration window) {

    public static final List<Integer> DEFAULT_LADDER = List.of(5, 20, 50, 100);

    public CanaryPolicy {
        ladder = List.copyOf(ladder == null || ladder.isEmpty() ? DEFAULT_LADDER : ladder);
        for (int i = 0; i < ladder.size(); i++) {
            int step = ladder.get(i);
            if (step <= 0 || step > 100 || i > 0 && step <= ladder.get(i - 1)) {
                throw new IllegalArgumentException("kubemate.canary.ladder must rise from above 0 to 100 percent, got " + ladder);
            }
        }
        if (ladder.getLast() != 100) {
            throw new IllegalArgumentException("kubemate.canary.ladder must end at 100 percent, got " + ladder);
        }
        stuckAfter = stuckAfter == null ? Duration.ofHours(2) : stuckAfter;
        window = window == null ? Duration.ofMinutes(5) : window;
    }

    public static CanaryPolicy defaults() {
        return new CanaryPolicy(DEFAULT_LADDER, Duration.ofHours(2), 0.01, 1.2, 0.1, Duration.ofMinutes(5));
    }

    /** The canary's share after the next step from {@code percent}; empty at 100. */
    public OptionalInt next(int percent) {
        return ladder.stream().mapToInt(Integer::intValue).filter(step -> step > percent).findFirst();
    }

    /** The 1-based position of {@code percent} on the ladder, 0 when it is not one of its steps. */
    public int position(int percent) {
        return ladder.indexOf(percent) + 1;
    }
}
