package io.kubemate.connectors.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RequestVerifier;
import io.kubemate.connectors.core.Verification;

import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Bot Connector's {@code Authorization: Bearer} JWT: RS256, signed by one of the Bot Framework's keys (fetched from
 * its OpenID metadata and cached, see {@link OpenIdSigningKeys}, or a saved JWKS file), issued by the configured
 * issuer, for one configured bot's Microsoft App ID ({@code aud}), within its validity with five minutes' leeway, and,
 * when it names one, for the activity's {@code serviceUrl} (so a token cannot be replayed with another reply address).
 */
public final class TeamsJwtVerifier implements RequestVerifier {

    public static final String BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
    static final Duration LEEWAY = Duration.ofMinutes(5);

    private final Map<String, String> appIds;
    private final JWKSource<SecurityContext> keys;
    private final String issuer;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    /** {@code appIds}: bot (account) name → its Microsoft App ID; {@code keys}: a fixed key set (a saved JWKS file). */
    public TeamsJwtVerifier(Map<String, String> appIds, JWKSet keys, String issuer, Clock clock) {
        this(appIds, new ImmutableJWKSet<>(keys), issuer, clock);
    }

    /** {@code keys}: e.g. {@link OpenIdSigningKeys#cached}, fetched from the OpenID metadata and refreshed on rotation. */
    public TeamsJwtVerifier(Map<String, String> appIds, JWKSource<SecurityContext> keys, String issuer, Clock clock) {
        this.appIds = new LinkedHashMap<>(appIds);
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public Verification verify(byte[] rawBody, RequestHeaders headers) {
        Optional<String> authorization = headers.first("Authorization");
        if (authorization.isEmpty() || !authorization.get().regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Verification.rejected(Verification.Reason.MISSING_CREDENTIALS, "missing Authorization: Bearer token");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(authorization.get().substring(7).trim());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return Verification.rejected(Verification.Reason.MALFORMED, "the bearer token is not a signed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            return Verification.rejected(Verification.Reason.BAD_SIGNATURE, "the token is signed with " + jwt.getHeader().getAlgorithm() + ", not RS256");
        }
        String keyId = jwt.getHeader().getKeyID();
        JWK key;
        try {
            key = keyId == null ? null : keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(keyId).build()), null)
                    .stream().findFirst().orElse(null);
        } catch (RateLimitReachedException e) {
            key = null;
        } catch (KeySourceException e) {
            return Verification.rejected(Verification.Reason.UNAVAILABLE, "the signing keys cannot be fetched: " + e.getMessage());
        }
        if (!(key instanceof RSAKey rsa)) {
            return Verification.rejected(Verification.Reason.BAD_SIGNATURE,
                    "the token's signing key " + jwt.getHeader().getKeyID() + " is not among the configured keys");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(rsa))) {
                return Verification.rejected(Verification.Reason.BAD_SIGNATURE, "the token's signature does not verify");
            }
        } catch (JOSEException e) {
            return Verification.rejected(Verification.Reason.BAD_SIGNATURE, "the token's signature cannot be checked: " + e.getMessage());
        }
        if (!issuer.equals(claims.getIssuer())) {
            return Verification.rejected(Verification.Reason.BAD_TOKEN, "the token is issued by " + claims.getIssuer() + ", not " + issuer);
        }
        Instant now = clock.instant();
        if (claims.getExpirationTime() == null || after(now, claims.getExpirationTime(), LEEWAY)) {
            return Verification.rejected(Verification.Reason.STALE_TIMESTAMP, "the token has expired");
        }
        if (claims.getNotBeforeTime() != null && after(claims.getNotBeforeTime().toInstant(), Date.from(now), LEEWAY)) {
            return Verification.rejected(Verification.Reason.STALE_TIMESTAMP, "the token is not valid yet");
        }
        Object serviceUrl = claims.getClaim("serviceurl");
        if (serviceUrl != null && !serviceUrl.equals(activityServiceUrl(rawBody))) {
            return Verification.rejected(Verification.Reason.BAD_TOKEN, "the token was issued for another serviceUrl than the activity's");
        }
        for (Map.Entry<String, String> bot : appIds.entrySet()) {
            if (claims.getAudience().contains(bot.getValue())) {
                return Verification.verified(bot.getKey());
            }
        }
        return Verification.rejected(Verification.Reason.BAD_TOKEN, "the token is for another app: " + claims.getAudience());
    }

    /** The activity's root {@code serviceUrl}, which the token's {@code serviceurl} claim must name. */
    private String activityServiceUrl(byte[] rawBody) {
        try {
            JsonNode activity = json.readTree(rawBody);
            return activity == null ? null : activity.path("serviceUrl").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean after(Instant instant, Date limit, Duration leeway) {
        return instant.isAfter(limit.toInstant().plus(leeway));
    }
}
