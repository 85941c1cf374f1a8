package io.kubemate.bot.state;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InMemoryStateStoreTest extends StateStoreContract {

    private final MutableClock clock = new MutableClock();
    private final InMemoryStateStore store = new InMemoryStateStore(clock);

    @Override
    protected StateStore store() {
        return store;
    }

    @Override
    protected void elapse(Duration duration) {
        clock.now = clock.now.plus(duration);
    }

    @Test
    void expired_keys_nobody_reads_again_are_swept() {
        for (int i = 0; i < 300; i++) {
            store.put("dedup:" + i, "1", Duration.ofMinutes(1));
        }
        elapse(Duration.ofMinutes(2));
        for (int i = 0; i < 300; i++) {
            store.put("fresh:" + i, "1", Duration.ofMinutes(1));
        }
        assertTrue(store.size() < 400, "expired keys still held: " + store.size());
    }

    @Test
    void beyond_the_cap_the_least_recently_used_list_is_dropped() {
        InMemoryStateStore capped = new InMemoryStateStore(clock, 2);
        capped.append("a", "1", 10, Duration.ofMinutes(1));
        capped.append("b", "1", 10, Duration.ofMinutes(1));
        capped.list("a");
        capped.append("c", "1", 10, Duration.ofMinutes(1));
        assertEquals(List.of("1"), capped.list("a"));
        assertEquals(List.of(), capped.list("b"));
        assertEquals(List.of("1"), capped.list("c"));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
