package io.kubemate.connectors.slack;

import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.RequestVerifierContract;
import io.kubemate.connectors.core.Verification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class SlackSignatureVerifierTest extends RequestVerifierContract {

    private static final Instant NOW = Instant.parse("2026-11-24T10:42:00Z");
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    private static final Map<String, String> SECRETS = new LinkedHashMap<>(Map.of("acme", SECRET, "globex", "another-signing-secret"));

    @Override
    protected RequestVerifier verifier() {
        return new SlackSignatureVerifier(SECRETS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Signed signed(String secret, long timestamp, byte[] body) {
        String ts = Long.toString(timestamp);
        return new Signed(body, RequestHeaders.of("X-Slack-Request-Timestamp", ts,
                "X-Slack-Signature", SlackSignatureVerifier.sign(secret, ts, body)));
    }

    @Override
    protected Signed genuine(byte[] body) {
        return signed(SECRET, NOW.getEpochSecond() - 3, body);
    }

    @Override
    protected Signed withWrongSecret(byte[] body) {
        return signed("not-the-secret", NOW.getEpochSecond(), body);
    }

    @Override
    protected Optional<Signed> replayedOutsideTheWindow(byte[] body) {
        return Optional.of(signed(SECRET, NOW.getEpochSecond() - 301, body));
    }

    @Override
    protected boolean signsTheBody() {
        return true;
    }

    @Test
    void matches_the_signature_from_slacks_documentation() {
        byte[] body = ("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
                + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c").getBytes(StandardCharsets.UTF_8);
        assertEquals("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
                SlackSignatureVerifier.sign(SECRET, "1531420618", body));
    }

    @Test
    void names_the_workspace_whose_secret_matched() {
        Signed signed = signed("another-signing-secret", NOW.getEpochSecond(), BODY);
        Verification.Verified verified = assertInstanceOf(Verification.Verified.class, verifier().verify(signed.body(), signed.headers()));
        assertEquals("globex", verified.account());
    }

    @Test
    void rejects_a_timestamp_from_the_future_outside_the_window() {
        Signed signed = signed(SECRET, NOW.getEpochSecond() + 400, BODY);
        Verification.Rejected rejected = assertInstanceOf(Verification.Rejected.class, verifier().verify(signed.body(), signed.headers()));
        assertEquals(Verification.Reason.STALE_TIMESTAMP, rejected.reason());
    }
}
