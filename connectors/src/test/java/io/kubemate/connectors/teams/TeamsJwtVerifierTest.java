package io.kubemate.connectors.teams;

import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.RequestVerifierContract;
import io.kubemate.connectors.core.Verification;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static io.kubemate.connectors.teams.TeamsJwtVerifier.BOT_FRAMEWORK_ISSUER;
import static io.kubemate.connectors.teams.TeamsTokens.APP_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class TeamsJwtVerifierTest extends RequestVerifierContract {

    private static final Instant NOW = Instant.parse("2026-11-24T10:40:00Z");
    private static final byte[] ACTIVITY = "{\"type\":\"message\",\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\"}".getBytes();
    private final TeamsTokens signer = new TeamsTokens("kid-1");
    private final TeamsJwtVerifier verifier = new TeamsJwtVerifier(Map.of("ops", APP_ID), signer.publicKeys(),
            BOT_FRAMEWORK_ISSUER, Clock.fixed(NOW, ZoneOffset.UTC));

    @Override
    protected RequestVerifier verifier() {
        return verifier;
    }

    @Override
    protected Signed genuine(byte[] body) {
        return new Signed(body, bearer(signer.token(BOT_FRAMEWORK_ISSUER, APP_ID, NOW.plusSeconds(600), null)));
    }

    @Override
    protected Signed withWrongSecret(byte[] body) {
        return new Signed(body, bearer(new TeamsTokens("kid-1").token(BOT_FRAMEWORK_ISSUER, APP_ID, NOW.plusSeconds(600), null)));
    }

    @Override
    protected Optional<Signed> replayedOutsideTheWindow(byte[] body) {
        return Optional.of(new Signed(body, bearer(signer.token(BOT_FRAMEWORK_ISSUER, APP_ID, NOW.minusSeconds(3600), null))));
    }

    /** The token covers the request's origin, not its bytes; its serviceurl claim binds the reply address. */
    @Override
    protected boolean signsTheBody() {
        return false;
    }

    private static RequestHeaders bearer(String token) {
        return RequestHeaders.of("Authorization", "Bearer " + token);
    }

    private Verification verify(String token) {
        return verifier.verify(ACTIVITY, bearer(token));
    }

    private Verification.Rejected rejected(String token) {
        return assertInstanceOf(Verification.Rejected.class, verify(token));
    }

    @Test
    void accepts_a_token_signed_by_a_configured_key_for_the_bot() {
        assertEquals(Verification.verified("ops"), verify(signer.token(BOT_FRAMEWORK_ISSUER, APP_ID, NOW.plusSeconds(600))));
    }

    @Test
    void refuses_a_token_signed_by_a_key_that_is_not_configured() {
        String forged = new TeamsTokens("kid-1").token(BOT_FRAMEWORK_ISSUER, APP_ID, NOW.plusSeconds(600));
        assertEquals(new Verification.Rejected(Verification.Reason.BAD_SIGNATURE, "the token's signature does not verify"), rejected(forged));
        String unknownKid = new TeamsTokens("kid-2").token(BOT_FRAMEWORK_ISSUER, APP_ID, NOW.plusSeconds(600));
        assertEquals(Verification.Reason.BAD_SIGNATURE, rejected(unknownKid).reason());
    }

    @Test
    void refuses_another_issuer_another_app_and_an_expired_token() {
        assertEquals(Verification.Reason.BAD_TOKEN, rejected(signer.token("https://sts.windows.net/evil/", APP_ID, NOW.plusSeconds(600))).reason());
        assertEquals(Verification.Reason.BAD_TOKEN, rejected(signer.token(BOT_FRAMEWORK_ISSUER, "another-app", NOW.plusSeconds(600))).reason());
        assertEquals(new Verification.Rejected(Verification.Reason.STALE_TIMESTAMP, "the token has expired"),
                rejected(signer.token(BOT_FRAMEWORK_ISSUER, APP_ID, NOW.minusSeconds(301))));
        assertInstanceOf(Verification.Verified.class, verify(signer.token(BOT_FRAMEWORK_ISSUER, APP_ID, NOW.minusSeconds(299))));
    }

    @Test
    void refuses_a_token_issued_for_another_service_url_than_the_activitys() {
        String token = signer.token(BOT_FRAMEWORK_ISSUER, APP_ID, NOW.plusSeconds(600));
        Verification verification = verifier.verify("{\"type\":\"message\",\"serviceUrl\":\"https://evil.example.com/\"}".getBytes(),
                RequestHeaders.of("Authorization", "Bearer " + token));
        assertEquals(new Verification.Rejected(Verification.Reason.BAD_TOKEN, "the token was issued for another serviceUrl than the activity's"),
                verification);
    }

    @Test
    void refuses_a_missing_or_malformed_bearer() {
        assertEquals(Verification.Reason.MISSING_CREDENTIALS, assertInstanceOf(Verification.Rejected.class,
                verifier.verify(ACTIVITY, RequestHeaders.of())).reason());
        assertEquals(Verification.Reason.MALFORMED, rejected("not.a.jwt").reason());
    }
}
