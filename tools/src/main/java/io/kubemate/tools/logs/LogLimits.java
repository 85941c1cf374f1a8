package io.kubemate.tools.logs;

import java.time.Duration;

/**
 * The bounds every {@code logs_query} stays within: default and longest window, most lines, and the bytes a
 * query may scan according to index stats (0 turns the check off).
 */
public record LogLimits(Duration defaultSince, Duration maxRange, int defaultLimit, int maxLimit, long maxBytes) {

    public static final Duration DEFAULT_SINCE = Duration.ofMinutes(15);
    public static final Duration DEFAULT_MAX_RANGE = Duration.ofHours(6);
    public static final long DEFAULT_MAX_BYTES = 1L << 30;

    public static LogLimits defaults() {
        return new LogLimits(DEFAULT_SINCE, DEFAULT_MAX_RANGE, 500, 5000, DEFAULT_MAX_BYTES);
    }
}
