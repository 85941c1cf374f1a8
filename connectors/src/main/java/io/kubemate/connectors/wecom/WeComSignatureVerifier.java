package io.kubemate.connectors.wecom;

import io.kubemate.connectors.core.MalformedRequestException;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.Verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A WeCom callback: {@code msg_signature} over the sorted token, timestamp, nonce and ciphertext (the
 * {@code Encrypt} element of the body, or {@code echostr} for the URL check), with {@code timestamp} within an hour.
 * WeCom sends these in the query string, so the endpoint passes the query parameters as {@code headers}
 * ({@code RequestHeaders.of(queryParameters)}).
 */
public final class WeComSignatureVerifier implements RequestVerifier {

    public static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, String> tokens;
    private final Clock clock;

    /** {@code tokens}: app (account) name → the callback Token. */
    public WeComSignatureVerifier(Map<String, String> tokens, Clock clock) {
        this.tokens = new LinkedHashMap<>(tokens);
        this.clock = clock;
    }

    @Override
    public Verification verify(byte[] rawBody, RequestHeaders query) {
        Optional<String> signature = query.first("msg_signature");
        Optional<String> timestamp = query.first("timestamp");
        Optional<String> nonce = query.first("nonce");
        if (signature.isEmpty() || timestamp.isEmpty() || nonce.isEmpty()) {
            return Verification.rejected(Verification.Reason.MISSING_CREDENTIALS, "missing msg_signature, timestamp or nonce parameter");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.get().trim());
        } catch (NumberFormatException e) {
            return Verification.rejected(Verification.Reason.MALFORMED, "timestamp is not a number of seconds");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > WINDOW.toSeconds()) {
            return Verification.rejected(Verification.Reason.STALE_TIMESTAMP,
                    "request timestamp is " + skew + "s away from now, outside the 1-hour window (replay?)");
        }
        String ciphertext;
        try {
            ciphertext = query.first("echostr").orElseGet(() -> WeComXml.read(new String(rawBody, StandardCharsets.UTF_8), "WeCom callback body").get("Encrypt"));
        } catch (MalformedRequestException e) {
            return Verification.rejected(Verification.Reason.BAD_SIGNATURE, "WeCom callback body has no signed ciphertext: " + e.getMessage());
        }
        if (ciphertext == null) {
            return Verification.rejected(Verification.Reason.BAD_SIGNATURE, "WeCom callback body has no Encrypt element");
        }
        byte[] received = signature.get().trim().getBytes(StandardCharsets.US_ASCII);
        for (Map.Entry<String, String> app : tokens.entrySet()) {
            byte[] expected = WeComCrypto.signature(app.getValue(), timestamp.get().trim(), nonce.get().trim(), ciphertext)
                    .getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, received)) {
                return Verification.verified(app.getKey());
            }
        }
        return Verification.rejected(Verification.Reason.BAD_SIGNATURE, "WeCom msg_signature does not match any configured Token");
    }
}
