package io.kubemate.connectors.dingtalk;

import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.RequestVerifierContract;
import io.kubemate.connectors.core.Verification;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class DingTalkSignatureVerifierTest extends RequestVerifierContract {

    private static final Instant NOW = Instant.parse("2026-11-24T10:42:00Z");
    static final String APP_SECRET = "Qx9fK2mZ7-cGv_4tLpR0aWn8sHjD3yEuB6oN1iVbXkTqMlCfPdS5rYwA2zG8hJ4e";

    @Override
    protected RequestVerifier verifier() {
        return new DingTalkSignatureVerifier(Map.of("ops-robot", APP_SECRET), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** Computed here with the JDK alone, as DingTalk's documentation describes it. */
    static String sign(String secret, long millis) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((millis + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
    }

    private static Signed signed(String secret, long millis, byte[] body) {
        try {
            return new Signed(body, RequestHeaders.of("timestamp", Long.toString(millis), "sign", sign(secret, millis)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Signed genuine(byte[] body) {
        return signed(APP_SECRET, NOW.toEpochMilli() - 1_500, body);
    }

    @Override
    protected Signed withWrongSecret(byte[] body) {
        return signed("not-the-app-secret", NOW.toEpochMilli(), body);
    }

    @Override
    protected Optional<Signed> replayedOutsideTheWindow(byte[] body) {
        return Optional.of(signed(APP_SECRET, NOW.minusSeconds(3601).toEpochMilli(), body));
    }

    @Override
    protected boolean signsTheBody() {
        return false;
    }

    @Test
    void production_sign_equals_the_independently_computed_one() throws Exception {
        assertEquals(sign(APP_SECRET, 1764000000000L), DingTalkSignatureVerifier.sign(APP_SECRET, "1764000000000"));
    }

    @Test
    void names_the_robot_whose_secret_matched() {
        Signed signed = genuine(BODY);
        assertEquals("ops-robot", assertInstanceOf(Verification.Verified.class, verifier().verify(signed.body(), signed.headers())).account());
    }

    @Test
    void rejects_a_timestamp_that_is_not_a_number() {
        Verification.Rejected rejected = assertInstanceOf(Verification.Rejected.class,
                verifier().verify(BODY, RequestHeaders.of("timestamp", "yesterday", "sign", "x")));
        assertEquals(Verification.Reason.MALFORMED, rejected.reason());
    }
}
