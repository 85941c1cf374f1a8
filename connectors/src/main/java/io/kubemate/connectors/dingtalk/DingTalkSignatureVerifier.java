package io.kubemate.connectors.dingtalk;

import io.kubemate.connectors.core.Hmac;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.Verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The robot callback headers: {@code timestamp} (milliseconds) and
 * {@code sign = Base64(HMAC-SHA256(appSecret, timestamp + "\n" + appSecret))}, within one hour of now. The sign
 * covers only the timestamp, not the body, so over HTTP the body must also be encrypted and opened with
 * {@link DingTalkCrypto}, whose SHA-1 signature does cover the ciphertext.
 */
public final class DingTalkSignatureVerifier implements RequestVerifier {

    public static final Duration WINDOW = Duration.ofHours(1);
    static final String TIMESTAMP = "timestamp";
    static final String SIGN = "sign";

    private final Map<String, String> appSecrets;
    private final Clock clock;

    /** {@code appSecrets}: robot (account) name → the app's AppSecret. */
    public DingTalkSignatureVerifier(Map<String, String> appSecrets, Clock clock) {
        this.appSecrets = new LinkedHashMap<>(appSecrets);
        this.clock = clock;
    }

    @Override
    public Verification verify(byte[] rawBody, RequestHeaders headers) {
        Optional<String> timestamp = headers.first(TIMESTAMP);
        Optional<String> sign = headers.first(SIGN);
        if (timestamp.isEmpty() || sign.isEmpty()) {
            return Verification.rejected(Verification.Reason.MISSING_CREDENTIALS, "missing timestamp or sign header");
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.get().trim());
        } catch (NumberFormatException e) {
            return Verification.rejected(Verification.Reason.MALFORMED, "timestamp is not a number of milliseconds");
        }
        long skew = Math.abs(clock.millis() - millis);
        if (skew > WINDOW.toMillis()) {
            return Verification.rejected(Verification.Reason.STALE_TIMESTAMP,
                    "request timestamp is " + skew / 1000 + "s away from now, outside the 1-hour window (replay?)");
        }
        byte[] received = sign.get().trim().getBytes(StandardCharsets.US_ASCII);
        for (Map.Entry<String, String> robot : appSecrets.entrySet()) {
            byte[] expected = sign(robot.getValue(), timestamp.get().trim()).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, received)) {
                return Verification.verified(robot.getKey());
            }
        }
        return Verification.rejected(Verification.Reason.BAD_SIGNATURE, "DingTalk sign does not match any configured AppSecret");
    }

    /** The {@code sign} header DingTalk sends with {@code timestamp}. */
    public static String sign(String appSecret, String timestamp) {
        byte[] mac = Hmac.sha256(appSecret, (timestamp + "\n" + appSecret).getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(mac);
    }
}
