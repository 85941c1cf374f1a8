package io.kubemate.bot.state;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every state store must do; one subclass per implementation. */
abstract class StateStoreContract {

    protected abstract StateStore store();

    /** Lets time pass for the store (a fake clock for memory, a real wait for Redis). */
    protected abstract void elapse(Duration duration) throws InterruptedException;

    protected String key(String name) {
        return "test:" + name + ":" + UUID.randomUUID();
    }

    @Test
    void stores_and_reads_a_value() {
        String key = key("put");
        store().put(key, "v1", Duration.ofMinutes(1));
        assertEquals(Optional.of("v1"), store().get(key));
        store().delete(key);
        assertEquals(Optional.empty(), store().get(key));
    }

    @Test
    void put_if_absent_stores_only_once() {
        String key = key("nx");
        assertTrue(store().putIfAbsent(key, "first", Duration.ofMinutes(1)));
        assertFalse(store().putIfAbsent(key, "second", Duration.ofMinutes(1)));
        assertEquals(Optional.of("first"), store().get(key));
    }

    @Test
    void values_expire_after_their_time_to_live() throws Exception {
        String key = key("ttl");
        store().put(key, "short", Duration.ofMillis(300));
        elapse(Duration.ofMillis(600));
        assertEquals(Optional.empty(), store().get(key));
        assertTrue(store().putIfAbsent(key, "again", Duration.ofMinutes(1)));
    }

    @Test
    void take_gives_the_value_to_exactly_one_of_many_concurrent_callers() throws Exception {
        String key = key("take");
        store().put(key, "proposal", Duration.ofMinutes(1));
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger winners = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                store().take(key).ifPresent(v -> winners.incrementAndGet());
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        assertEquals(1, winners.get());
        assertEquals(Optional.empty(), store().get(key));
    }

    @Test
    void lists_keep_only_the_newest_items_in_order() {
        String key = key("list");
        for (int i = 1; i <= 5; i++) {
            store().append(key, "turn-" + i, 3, Duration.ofMinutes(1));
        }
        assertEquals(List.of("turn-3", "turn-4", "turn-5"), store().list(key));
        assertEquals(List.of(), store().list(key("absent")));
    }

    @Test
    void lists_expire_too() throws Exception {
        String key = key("list-ttl");
        store().append(key, "a", 10, Duration.ofMillis(300));
        elapse(Duration.ofMillis(600));
        assertEquals(List.of(), store().list(key));
    }

    @Test
    void keeps_utf8_text_intact() {
        String key = key("utf8");
        store().put(key, "巡检一下 prod 集群 ✓", Duration.ofMinutes(1));
        assertEquals(Optional.of("巡检一下 prod 集群 ✓"), store().get(key));
    }
}
