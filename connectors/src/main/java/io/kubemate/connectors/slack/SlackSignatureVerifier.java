package io.kubemate.connectors.slack;

import io.kubemate.connectors.core.Hmac;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.Verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's v0 request signature: {@code X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body))}
 * with {@code X-Slack-Request-Timestamp} within five minutes of now. Several workspaces (apps) may be configured:
 * the one whose signing secret matches is the request's workspace.
 */
public final class SlackSignatureVerifier implements RequestVerifier {

    public static final Duration WINDOW = Duration.ofMinutes(5);
    static final String TIMESTAMP = "X-Slack-Request-Timestamp";
    static final String SIGNATURE = "X-Slack-Signature";

    private final Map<String, String> secrets;
    private final Clock clock;

    /** {@code secrets}: workspace name → signing secret. */
    public SlackSignatureVerifier(Map<String, String> secrets, Clock clock) {
        this.secrets = new LinkedHashMap<>(secrets);
        this.clock = clock;
    }

    @Override
    public Verification verify(byte[] rawBody, RequestHeaders headers) {
        Optional<String> timestamp = headers.first(TIMESTAMP);
        Optional<String> signature = headers.first(SIGNATURE);
        if (timestamp.isEmpty() || signature.isEmpty()) {
            return Verification.rejected(Verification.Reason.MISSING_CREDENTIALS,
                    "missing " + TIMESTAMP + " or " + SIGNATURE + " header");
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
        for (Map.Entry<String, String> workspace : secrets.entrySet()) {
            byte[] expected = sign(workspace.getValue(), timestamp.get().trim(), rawBody).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, received)) {
                return Verification.verified(workspace.getKey());
            }
        }
        return Verification.rejected(Verification.Reason.BAD_SIGNATURE, "Slack signature does not match any configured signing secret");
    }

    /** The {@code X-Slack-Signature} value Slack sends for this body; public for tests and tools that replay events. */
    public static String sign(String secret, String timestamp, byte[] rawBody) {
        byte[] mac = Hmac.sha256(secret, ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8), rawBody);
        return "v0=" + HexFormat.of().formatHex(mac);
    }
}
