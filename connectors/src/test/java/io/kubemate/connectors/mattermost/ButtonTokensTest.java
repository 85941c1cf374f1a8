package io.kubemate.connectors.mattermost;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ButtonTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:42:00Z");
    private static final String SECRET = "button-secret-0123456789";

    private static ButtonTokens at(Instant instant) {
        return new ButtonTokens(SECRET, Clock.fixed(instant, ZoneOffset.UTC), Duration.ofMinutes(15));
    }

    @Test
    void accepts_the_token_issued_for_the_button() {
        String token = at(NOW).issue("confirm", "p-7f3a", "");
        assertEquals(Optional.empty(), at(NOW.plusSeconds(60)).check(token, "confirm", "p-7f3a", ""));
    }

    @Test
    void refuses_a_token_moved_to_another_proposal_or_decision() {
        String token = at(NOW).issue("cancel", "p-7f3a", "");
        assertTrue(at(NOW).check(token, "confirm", "p-7f3a", "").orElseThrow().contains("forged or altered"));
        assertTrue(at(NOW).check(token, "cancel", "p-0000", "").orElseThrow().contains("forged or altered"));
    }

    @Test
    void refuses_an_expired_or_missing_or_foreign_token() {
        String token = at(NOW).issue("confirm", "p-7f3a", "");
        assertTrue(at(NOW.plus(Duration.ofMinutes(16))).check(token, "confirm", "p-7f3a", "").orElseThrow().startsWith("the button expired"));
        assertEquals("the button carries no signed token", at(NOW).check(null, "confirm", "p-7f3a", "").orElseThrow());
        String foreign = new ButtonTokens("another-secret-0123456", Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15))
                .issue("confirm", "p-7f3a", "");
        assertTrue(at(NOW).check(foreign, "confirm", "p-7f3a", "").isPresent());
    }
}
