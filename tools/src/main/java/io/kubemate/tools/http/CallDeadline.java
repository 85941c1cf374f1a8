package io.kubemate.tools.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The deadline of the work the current thread does for one chat turn. Every backend call ({@link JsonHttp}) waits
 * at most until then, whatever its own timeout, so a turn that asks several backends one after another, or retries,
 * still ends on time. Work handed to other threads takes the deadline along with {@link #carry}.
 * <p>
 * A {@code ScopedValue} is the natural fit but is a preview API in Java 21, the release this code targets; a
 * thread-local that is always set and restored by try-with-resources ({@link Scope}) behaves the same.
 */
public final class CallDeadline {

    private static final ThreadLocal<Instant> CURRENT = new ThreadLocal<>();

    private CallDeadline() {
    }

    /** Until {@code deadline}, or an earlier deadline already in force, until the scope is closed. */
    public static Scope until(Instant deadline) {
        Instant previous = CURRENT.get();
        CURRENT.set(previous != null && previous.isBefore(deadline) ? previous : deadline);
        return new Scope(previous);
    }

    public static Optional<Instant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Time left before the deadline (zero or negative once passed); empty when no deadline is in force. */
    public static Optional<Duration> remaining() {
        return current().map(deadline -> Duration.between(Instant.now(), deadline));
    }

    /** {@code task} run under this thread's deadline, on whichever thread runs it. */
    public static <T> Callable<T> carry(Callable<T> task) {
        Optional<Instant> deadline = current();
        if (deadline.isEmpty()) {
            return task;
        }
        return () -> {
            try (Scope ignored = until(deadline.get())) {
                return task.call();
            }
        };
    }

    /** Restores the deadline that was in force before. */
    public record Scope(Instant previous) implements AutoCloseable {

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
