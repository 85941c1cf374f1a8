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
        InMemoryStateStore capped = new InMemoryStateStore(clock, 2, Long.MAX_VALUE);
        capped.append("a", "1", 10, Duration.ofMinutes(1));
        capped.append("b", "1", 10, Duration.ofMinutes(1));
        capped.list("a");
        capped.append("c", "1", 10, Duration.ofMinutes(1));
        assertEquals(List.of("1"), capped.list("a"));
        assertEquals(List.of(), capped.list("b"));
        assertEquals(List.of("1"), capped.list("c"));
    }

    @Test
    void beyond_the_character_budget_the_least_recently_used_lists_are_dropped() {
        InMemoryStateStore budget = new InMemoryStateStore(clock, 100, 30);
        budget.append("a", "x".repeat(10), 10, Duration.ofMinutes(1));
        budget.append("b", "x".repeat(10), 10, Duration.ofMinutes(1));
        budget.append("c", "x".repeat(10), 10, Duration.ofMinutes(1));
        budget.list("a");
        budget.append("c", "y".repeat(5), 10, Duration.ofMinutes(1));
        assertEquals(List.of(), budget.list("b"), "b was used least recently");
        assertEquals(1, budget.list("a").size());
        assertEquals(List.of("x".repeat(10), "y".repeat(5)), budget.list("c"));
    }

    @Test
    void characters_of_a_dropped_or_taken_list_are_given_back_to_the_budget() {
        InMemoryStateStore budget = new InMemoryStateStore(clock, 100, 20);
        budget.append("a", "x".repeat(10), 10, Duration.ofMinutes(1));
        budget.delete("a");
        budget.append("b", "x".repeat(10), 10, Duration.ofMinutes(1));
        budget.append("c", "x".repeat(10), 10, Duration.ofMinutes(1));
        assertEquals(1, budget.list("b").size(), "a's characters were still counted");
        // a list shorter than before (old items fell off) counts only what it holds now
        budget.append("c", "z", 1, Duration.ofMinutes(1));
        budget.append("d", "x".repeat(9), 10, Duration.ofMinutes(1));
        assertEquals(List.of("z"), budget.list("c"));
        assertEquals(1, budget.list("b").size());
    }

    @Test
    void a_single_list_over_the_budget_is_kept() {
        InMemoryStateStore budget = new InMemoryStateStore(clock, 100, 5);
        budget.append("a", "x".repeat(10), 10, Duration.ofMinutes(1));
        assertEquals(1, budget.list("a").size());
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
