package io.kubemate.connectors.core;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AccessTokenTest {

    private Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final Clock clock = new Clock() {
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
    };

    @Test
    void keeps_a_token_until_five_minutes_before_it_expires() throws Exception {
        AtomicInteger issued = new AtomicInteger();
        AccessToken token = new AccessToken(() -> new AccessToken.Issued("t" + issued.incrementAndGet(), Duration.ofHours(2)), clock);
        assertEquals("t1", token.get());
        now = now.plus(Duration.ofMinutes(114));
        assertEquals("t1", token.get());
        now = now.plus(Duration.ofMinutes(2));
        assertEquals("t2", token.get());
        assertEquals(2, issued.get());
    }

    @Test
    void a_refused_token_fails_the_send_and_is_asked_for_again_next_time() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AccessToken token = new AccessToken(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new SendException("token endpoint answered 500");
            }
            return new AccessToken.Issued("t", Duration.ofHours(2));
        }, clock);
        assertThrows(SendException.class, token::get);
        assertEquals("t", token.get());
    }
}
