package io.kubemate.connectors.core;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per channel (kept as a theoretical arrival time, GCRA): {@code burst} sends at once, then one per
 * {@code 1/perSecond}. {@link #acquire} waits for the channel's next slot; other channels are not held up.
 */
public final class ChannelRateLimiter {

    private final long intervalNanos;
    private final long toleranceNanos;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<String, long[]> arrival = new ConcurrentHashMap<>();

    public ChannelRateLimiter(double perSecond, int burst, LongSupplier nanoTime, Sleeper sleeper) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.intervalNanos = (long) (1_000_000_000L / perSecond);
        this.toleranceNanos = intervalNanos * (burst - 1);
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    public static ChannelRateLimiter system(double perSecond, int burst) {
        return new ChannelRateLimiter(perSecond, burst, System::nanoTime, Sleeper.SYSTEM);
    }

    /** Waits until {@code channel} may receive one more message, and takes that slot. */
    public void acquire(String channel) throws InterruptedException {
        long[] tat = arrival.computeIfAbsent(channel, c -> new long[]{Long.MIN_VALUE});
        long wait;
        synchronized (tat) {
            long now = nanoTime.getAsLong();
            long start = tat[0] == Long.MIN_VALUE ? now : Math.max(tat[0], now);
            wait = start - toleranceNanos - now;
            tat[0] = start + intervalNanos;
        }
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }

    /** As {@link #acquire}, for a send: an interrupted wait fails the send ({@code platform} names it). */
    public void acquireToSend(String platform, String channel) throws SendException {
        try {
            acquire(channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendException(platform + " send: interrupted while rate limited", e);
        }
    }
}
