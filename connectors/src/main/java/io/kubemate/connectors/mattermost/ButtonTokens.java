package io.kubemate.connectors.mattermost;

import io.kubemate.connectors.core.Hmac;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Mattermost does not sign button callbacks, so each button carries its own proof in its {@code context}:
 * {@code expiry.hmac} where the HMAC-SHA256 covers the decision, the proposal or choice, the person the button is
 * for (empty for channel-wide buttons: alerts, four-eyes approvals), the channel and thread it was posted in, and
 * the expiry. A click is taken only with a token that matches what it claims, where it comes from, and in time.
 */
public final class ButtonTokens {

    private final byte[] secret;
    private final Clock clock;
    private final Duration lifetime;

    public ButtonTokens(String secret, Clock clock, Duration lifetime) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the Mattermost button secret must be at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public String issue(String decision, String value, String user) {
        return issue(decision, value, user, "", null);
    }

    /** A token for a button shown in {@code channel} (and {@code thread}, null outside one). */
    public String issue(String decision, String value, String user, String channel, String thread) {
        long expiry = clock.instant().plus(lifetime).getEpochSecond();
        return expiry + "." + mac(decision, value, user, channel, thread, expiry);
    }

    /** Empty when the token is valid; otherwise why the click is refused. */
    public Optional<String> check(String token, String decision, String value, String user) {
        return check(token, decision, value, user, "", null);
    }

    /** Empty when the token is valid for a click in {@code channel} and {@code thread}; otherwise why not. */
    public Optional<String> check(String token, String decision, String value, String user, String channel, String thread) {
        if (token == null || token.indexOf('.') <= 0) {
            return Optional.of("the button carries no signed token");
        }
        long expiry;
        try {
            expiry = Long.parseLong(token.substring(0, token.indexOf('.')));
        } catch (NumberFormatException e) {
            return Optional.of("the button token is malformed");
        }
        byte[] expected = mac(decision, value, user, channel, thread, expiry).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(token.indexOf('.') + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("the button token does not match the button (forged or altered)");
        }
        if (clock.instant().isAfter(Instant.ofEpochSecond(expiry))) {
            return Optional.of("the button expired at " + Instant.ofEpochSecond(expiry));
        }
        return Optional.empty();
    }

    private String mac(String decision, String value, String user, String channel, String thread, long expiry) {
        String payload = decision + "\n" + value + "\n" + orEmpty(user) + "\n" + orEmpty(channel) + "\n" + orEmpty(thread)
                + "\n" + expiry;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.sha256(secret, payload.getBytes(StandardCharsets.UTF_8)));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
