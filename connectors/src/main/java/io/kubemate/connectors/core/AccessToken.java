package io.kubemate.connectors.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A platform's app access token, fetched when first needed and again shortly before it expires. */
public final class AccessToken {

    private static final Duration EARLY = Duration.ofMinutes(5);

    /** Asks the platform for a token. */
    @FunctionalInterface
    public interface Issuer {
        Issued issue() throws SendException;
    }

    /** A token and how long the platform says it lasts. */
    public record Issued(String token, Duration lifetime) {
    }

    private final Issuer issuer;
    private final Clock clock;
    private String token;
    private Instant expires = Instant.MIN;

    public AccessToken(Issuer issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
    }

    public synchronized String get() throws SendException {
        if (token == null || clock.instant().isAfter(expires.minus(EARLY))) {
            Issued issued = issuer.issue();
            token = issued.token();
            expires = clock.instant().plus(issued.lifetime());
        }
        return token;
    }
}
