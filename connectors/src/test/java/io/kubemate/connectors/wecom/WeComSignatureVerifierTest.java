package io.kubemate.connectors.wecom;

import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.RequestVerifierContract;
import io.kubemate.connectors.core.Verification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static io.kubemate.connectors.wecom.WeComFixture.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class WeComSignatureVerifierTest extends RequestVerifierContract {

    private static final Instant NOW = Instant.parse("2026-11-24T10:42:00Z");

    @Override
    protected RequestVerifier verifier() {
        return new WeComSignatureVerifier(Map.of("ops-app", TOKEN), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Signed post(String token, long timestamp, byte[] body) {
        try {
            return WeComFixture.post(token, timestamp, WeComFixture.text(new String(body, StandardCharsets.UTF_8), "1234567890123456"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Signed genuine(byte[] body) {
        return post(TOKEN, NOW.getEpochSecond() - 5, body);
    }

    @Override
    protected Signed withWrongSecret(byte[] body) {
        return post("not-the-token", NOW.getEpochSecond(), body);
    }

    @Override
    protected Optional<Signed> replayedOutsideTheWindow(byte[] body) {
        return Optional.of(post(TOKEN, NOW.getEpochSecond() - 3601, body));
    }

    @Override
    protected boolean signsTheBody() {
        return true;
    }

    @Test
    void production_signature_equals_the_independently_computed_one() throws Exception {
        assertEquals(WeComFixture.signature(TOKEN, "1409659813", "1372623149", "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo"),
                WeComCrypto.signature(TOKEN, "1409659813", "1372623149", "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo"));
    }

    @Test
    void verifies_the_url_check_over_echostr() throws Exception {
        String echostr = WeComFixture.encrypt("1616140317555161061", WeComFixture.CORP_ID);
        String ts = Long.toString(NOW.getEpochSecond());
        RequestHeaders query = RequestHeaders.of("msg_signature", WeComFixture.signature(TOKEN, ts, "n1", echostr),
                "timestamp", ts, "nonce", "n1", "echostr", echostr);
        assertEquals(new Verification.Verified("ops-app"), verifier().verify(new byte[0], query));
        RequestHeaders forged = RequestHeaders.of("msg_signature", WeComFixture.signature(TOKEN, ts, "n1", "other"),
                "timestamp", ts, "nonce", "n1", "echostr", echostr);
        assertEquals(Verification.Reason.BAD_SIGNATURE, assertInstanceOf(Verification.Rejected.class, verifier().verify(new byte[0], forged)).reason());
    }

    @Test
    void rejects_a_body_with_a_doctype_without_resolving_it() {
        byte[] body = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Encrypt>&x;</Encrypt></xml>"
                .getBytes(StandardCharsets.UTF_8);
        RequestHeaders query = RequestHeaders.of("msg_signature", "0", "timestamp", Long.toString(NOW.getEpochSecond()), "nonce", "n");
        Verification.Rejected rejected = assertInstanceOf(Verification.Rejected.class, verifier().verify(body, query));
        assertEquals(Verification.Reason.BAD_SIGNATURE, rejected.reason(), rejected.detail());
    }
}
