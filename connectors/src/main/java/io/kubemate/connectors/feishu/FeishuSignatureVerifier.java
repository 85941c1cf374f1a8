package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.ConstantTime;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.Verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An event request: {@code X-Lark-Signature} over timestamp, nonce, Encrypt Key and the raw body, with
 * {@code X-Lark-Request-Timestamp} within five minutes, and the Verification Token inside the decrypted event.
 * Feishu does not sign the URL-verification request; that one alone is accepted on its Verification Token.
 */
public final class FeishuSignatureVerifier implements RequestVerifier {

    public static final Duration WINDOW = Duration.ofMinutes(5);
    static final String TIMESTAMP = "X-Lark-Request-Timestamp";
    static final String NONCE = "X-Lark-Request-Nonce";
    static final String SIGNATURE = "X-Lark-Signature";

    private final Map<String, FeishuApp> apps;
    private final Clock clock;
    private final ObjectMapper json;

    /** {@code apps}: app (account) name → its secrets. */
    public FeishuSignatureVerifier(Map<String, FeishuApp> apps, Clock clock, ObjectMapper json) {
        this.apps = new LinkedHashMap<>(apps);
        this.clock = clock;
        this.json = json;
    }

    @Override
    public Verification verify(byte[] rawBody, RequestHeaders headers) {
        Optional<String> timestamp = headers.first(TIMESTAMP);
        Optional<String> nonce = headers.first(NONCE);
        Optional<String> signature = headers.first(SIGNATURE);
        if (timestamp.isEmpty() || nonce.isEmpty() || signature.isEmpty()) {
            return urlVerification(rawBody).orElse(Verification.rejected(Verification.Reason.MISSING_CREDENTIALS,
                    "missing " + TIMESTAMP + ", " + NONCE + " or " + SIGNATURE + " header"));
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.get().trim());
        } catch (NumberFormatException e) {
            return Verification.rejected(Verification.Reason.MALFORMED, TIMESTAMP + " is not a number of seconds");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > WINDOW.toSeconds()) {
            return Verification.rejected(Verification.Reason.STALE_TIMESTAMP,
                    "request timestamp is " + skew + "s away from now, outside the 5-minute window (replay?)");
        }
        byte[] received = signature.get().trim().getBytes(StandardCharsets.US_ASCII);
        for (Map.Entry<String, FeishuApp> app : apps.entrySet()) {
            byte[] expected = FeishuCrypto.signature(timestamp.get().trim(), nonce.get().trim(), app.getValue().encryptKey(), rawBody)
                    .getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, received)) {
                String token = event(rawBody, app.getValue()).map(FeishuSignatureVerifier::token).orElse(null);
                return ConstantTime.equals(app.getValue().verificationToken(), token) ? Verification.verified(app.getKey())
                        : Verification.rejected(Verification.Reason.BAD_TOKEN, "Feishu event carries a wrong Verification Token");
            }
        }
        return Verification.rejected(Verification.Reason.BAD_SIGNATURE, "Feishu signature does not match any configured Encrypt Key");
    }

    private Optional<Verification> urlVerification(byte[] rawBody) {
        for (Map.Entry<String, FeishuApp> app : apps.entrySet()) {
            Optional<JsonNode> event = event(rawBody, app.getValue());
            if (event.isPresent() && "url_verification".equals(event.get().path("type").asText())
                    && ConstantTime.equals(app.getValue().verificationToken(), token(event.get()))) {
                return Optional.of(Verification.verified(app.getKey()));
            }
        }
        return Optional.empty();
    }

    /** The event inside the body, decrypted with the app's key; empty when the body is not an event of this app. */
    private Optional<JsonNode> event(byte[] rawBody, FeishuApp app) {
        try {
            JsonNode body = json.readTree(rawBody);
            if (body == null || !body.hasNonNull("encrypt")) {
                return Optional.empty();
            }
            Optional<String> plain = FeishuCrypto.decrypt(app.encryptKey(), body.path("encrypt").asText());
            return plain.isEmpty() ? Optional.empty() : Optional.ofNullable(json.readTree(plain.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String token(JsonNode event) {
        JsonNode token = event.path("header").path("token");
        return token.isTextual() ? token.asText() : event.path("token").asText(null);
    }
}
