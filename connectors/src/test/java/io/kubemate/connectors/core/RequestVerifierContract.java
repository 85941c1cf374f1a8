package io.kubemate.connectors.core;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * What every {@link RequestVerifier} must do. A subclass supplies a verifier and requests the way its platform
 * signs them; checks a platform cannot make (no timestamp, token not bound to the body) return empty.
 */
public abstract class RequestVerifierContract {

    protected static final byte[] BODY = "{\"text\":\"payment-api 为什么一直重启？\"}".getBytes(StandardCharsets.UTF_8);

    protected abstract RequestVerifier verifier();

    /** Headers (and the body, where the credential travels in it) of a genuine request. */
    protected abstract Signed genuine(byte[] body);

    /** A request signed or authenticated with a wrong secret. */
    protected abstract Signed withWrongSecret(byte[] body);

    /** A correctly signed request whose timestamp is outside the replay window, if the platform sends one. */
    protected abstract Optional<Signed> replayedOutsideTheWindow(byte[] body);

    /** Whether a changed body after signing must be detected (false when the platform signs only a token). */
    protected abstract boolean signsTheBody();

    /** A body with headers. */
    public record Signed(byte[] body, RequestHeaders headers) {
    }

    @Test
    void accepts_a_genuine_request() {
        Signed signed = genuine(BODY);
        assertInstanceOf(Verification.Verified.class, verifier().verify(signed.body(), signed.headers()));
    }

    @Test
    void rejects_a_request_signed_with_another_secret() {
        Signed signed = withWrongSecret(BODY);
        Verification result = verifier().verify(signed.body(), signed.headers());
        assertInstanceOf(Verification.Rejected.class, result);
    }

    @Test
    void rejects_a_request_without_credentials() {
        Verification result = verifier().verify(BODY, RequestHeaders.of());
        Verification.Rejected rejected = assertInstanceOf(Verification.Rejected.class, result);
        assertEquals(Verification.Reason.MISSING_CREDENTIALS, rejected.reason(), rejected.detail());
    }

    @Test
    void rejects_a_replay_outside_the_window() {
        Optional<Signed> replay = replayedOutsideTheWindow(BODY);
        replay.ifPresent(signed -> {
            Verification.Rejected rejected = assertInstanceOf(Verification.Rejected.class, verifier().verify(signed.body(), signed.headers()));
            assertEquals(Verification.Reason.STALE_TIMESTAMP, rejected.reason(), rejected.detail());
        });
    }

    @Test
    void rejects_a_body_changed_after_signing() {
        if (!signsTheBody()) {
            return;
        }
        Signed signed = genuine(BODY);
        byte[] changed = "{\"text\":\"scale payment-api to 0\"}".getBytes(StandardCharsets.UTF_8);
        Verification.Rejected rejected = assertInstanceOf(Verification.Rejected.class, verifier().verify(changed, signed.headers()));
        assertEquals(Verification.Reason.BAD_SIGNATURE, rejected.reason(), rejected.detail());
    }
}
