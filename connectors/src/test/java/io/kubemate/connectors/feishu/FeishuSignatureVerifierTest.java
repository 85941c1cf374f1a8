package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.RequestVerifierContract;
import io.kubemate.connectors.core.Verification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static io.kubemate.connectors.feishu.FeishuFixture.ENCRYPT_KEY;
import static io.kubemate.connectors.feishu.FeishuFixture.VERIFICATION_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class FeishuSignatureVerifierTest extends RequestVerifierContract {

    private static final Instant NOW = Instant.parse("2026-11-24T10:42:00Z");

    @Override
    protected RequestVerifier verifier() {
        return new FeishuSignatureVerifier(Map.of("ops", new FeishuApp(ENCRYPT_KEY, VERIFICATION_TOKEN)),
                Clock.fixed(NOW, ZoneOffset.UTC), new ObjectMapper());
    }

    private static byte[] wrap(byte[] body, String token) {
        try {
            return FeishuFixture.encryptedBody(FeishuFixture.event("5e3702a84e847582be8db7fb73283c02", "im.message.receive_v1", token,
                    new String(body, StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Signed signed(String key, long timestamp, byte[] body) {
        try {
            return FeishuFixture.signed(key, timestamp, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Signed genuine(byte[] body) {
        return signed(ENCRYPT_KEY, NOW.getEpochSecond() - 2, wrap(body, VERIFICATION_TOKEN));
    }

    @Override
    protected Signed withWrongSecret(byte[] body) {
        return signed("another-encrypt-key", NOW.getEpochSecond(), wrap(body, VERIFICATION_TOKEN));
    }

    @Override
    protected Optional<Signed> replayedOutsideTheWindow(byte[] body) {
        return Optional.of(signed(ENCRYPT_KEY, NOW.getEpochSecond() - 301, wrap(body, VERIFICATION_TOKEN)));
    }

    @Override
    protected boolean signsTheBody() {
        return true;
    }

    @Test
    void production_signature_equals_the_independently_computed_one() throws Exception {
        byte[] body = wrap(BODY, VERIFICATION_TOKEN);
        assertEquals(FeishuFixture.signature("1764000000", "nonce", ENCRYPT_KEY, body), FeishuCrypto.signature("1764000000", "nonce", ENCRYPT_KEY, body));
    }

    @Test
    void decrypts_the_example_from_feishus_documentation() {
        assertEquals("hello world", FeishuCrypto.decrypt("test key", "P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=").orElseThrow());
    }

    @Test
    void rejects_a_signed_event_with_a_wrong_verification_token() {
        Signed signed = signed(ENCRYPT_KEY, NOW.getEpochSecond(), wrap(BODY, "stolen-token"));
        Verification.Rejected rejected = assertInstanceOf(Verification.Rejected.class, verifier().verify(signed.body(), signed.headers()));
        assertEquals(Verification.Reason.BAD_TOKEN, rejected.reason());
    }

    @Test
    void rejects_a_tampered_ciphertext_re_signed_by_someone_who_knows_the_key_but_not_the_token() throws Exception {
        byte[] encrypt = Base64.getDecoder().decode(new ObjectMapper().readTree(wrap(BODY, VERIFICATION_TOKEN)).path("encrypt").asText());
        encrypt[20] ^= 0x01;
        byte[] tampered = ("{\"encrypt\":\"" + Base64.getEncoder().encodeToString(encrypt) + "\"}").getBytes(StandardCharsets.UTF_8);
        Signed signed = signed(ENCRYPT_KEY, NOW.getEpochSecond(), tampered);
        assertInstanceOf(Verification.Rejected.class, verifier().verify(signed.body(), signed.headers()));
    }

    @Test
    void accepts_the_unsigned_url_verification_only_with_the_right_token() throws Exception {
        byte[] good = FeishuFixture.encryptedBody("{\"challenge\":\"ajls384kdjx98XX\",\"token\":\"" + VERIFICATION_TOKEN + "\",\"type\":\"url_verification\"}");
        assertEquals(new Verification.Verified("ops"), verifier().verify(good, RequestHeaders.of()));
        byte[] bad = FeishuFixture.encryptedBody("{\"challenge\":\"ajls384kdjx98XX\",\"token\":\"guess\",\"type\":\"url_verification\"}");
        assertEquals(Verification.Reason.MISSING_CREDENTIALS,
                assertInstanceOf(Verification.Rejected.class, verifier().verify(bad, RequestHeaders.of())).reason());
    }

    @Test
    void rejects_an_unencrypted_event_even_when_signed() {
        Signed signed = signed(ENCRYPT_KEY, NOW.getEpochSecond(), FeishuFixture.event("e1", "im.message.receive_v1", VERIFICATION_TOKEN, "{}")
                .getBytes(StandardCharsets.UTF_8));
        assertInstanceOf(Verification.Rejected.class, verifier().verify(signed.body(), signed.headers()));
    }
}
