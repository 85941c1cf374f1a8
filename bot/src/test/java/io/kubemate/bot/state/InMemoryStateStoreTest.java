package io.kubemate.bot.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

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
