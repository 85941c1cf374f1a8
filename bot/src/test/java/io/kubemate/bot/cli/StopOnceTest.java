package io.kubemate.bot.cli;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StopOnceTest {

    @Test
    void a_second_signal_waits_for_the_running_stop_and_does_not_run_it_again() throws Exception {
        AtomicInteger stops = new AtomicInteger();
        CountDownLatch stopping = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StopOnSignal.StopOnce once = new StopOnSignal.StopOnce(() -> {
            stops.incrementAndGet();
            stopping.countDown();
            await(release);
        });
        Thread first = Thread.ofPlatform().start(once::run);
        assertTrue(stopping.await(5, TimeUnit.SECONDS));
        CountDownLatch secondReturned = new CountDownLatch(1);
        Thread.ofPlatform().start(() -> {
            once.run();
            secondReturned.countDown();
        });
        assertFalse(secondReturned.await(200, TimeUnit.MILLISECONDS), "the second signal returned while the stop ran");
        release.countDown();
        assertTrue(secondReturned.await(5, TimeUnit.SECONDS));
        first.join(5_000);
        assertEquals(1, stops.get());
    }

    @Test
    void a_stop_that_fails_is_not_run_again() {
        AtomicInteger stops = new AtomicInteger();
        StopOnSignal.StopOnce once = new StopOnSignal.StopOnce(() -> {
            stops.incrementAndGet();
            throw new IllegalStateException("context would not close");
        });
        try {
            once.run();
        } catch (IllegalStateException expected) {
            // the signal handler exits the JVM after this
        }
        once.run();
        assertEquals(1, stops.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
