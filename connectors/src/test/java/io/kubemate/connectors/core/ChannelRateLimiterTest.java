package io.kubemate.connectors.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelRateLimiterTest {

    private final AtomicLong now = new AtomicLong(0);
    private final List<Duration> waits = new ArrayList<>();
    private final ChannelRateLimiter limiter = new ChannelRateLimiter(1.0, 2, now::get, d -> {
        waits.add(d);
        now.addAndGet(d.toNanos());
    });

    @Test
    void lets_a_burst_through_then_spaces_sends_one_per_interval() throws Exception {
        limiter.acquire("C1");
        limiter.acquire("C1");
        assertEquals(List.of(), waits);
        limiter.acquire("C1");
        limiter.acquire("C1");
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), waits);
    }

    @Test
    void one_busy_channel_does_not_hold_up_another() throws Exception {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("busy");
        }
        int before = waits.size();
        limiter.acquire("quiet");
        assertEquals(before, waits.size());
    }

    @Test
    void refills_while_idle() throws Exception {
        limiter.acquire("C1");
        limiter.acquire("C1");
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        limiter.acquire("C1");
        limiter.acquire("C1");
        assertEquals(List.of(), waits);
    }
}
