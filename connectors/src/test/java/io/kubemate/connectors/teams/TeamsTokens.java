package io.kubemate.connectors.teams;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;

/** A local RSA key standing in for the Bot Framework's signing key, and tokens signed with it as the Bot Connector does. */
public final class TeamsTokens {

    public static final String APP_ID = "c9e8c047-2a74-40a2-b28a-b162d5f5327c";
    private final RSAKey key;

    public TeamsTokens(String keyId) {
        try {
            key = new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public keys, as the JWKS document the OpenID metadata points to. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    public String token(String issuer, String audience, Instant expires) {
        return token(issuer, audience, expires, "https://smba.trafficmanager.net/emea/");
    }

    /** {@code serviceUrl}: the {@code serviceurl} claim, or null for none. */
    public String token(String issuer, String audience, Instant expires, String serviceUrl) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                .notBeforeTime(Date.from(expires.minusSeconds(3600))).expirationTime(Date.from(expires))
                .claim("serviceurl", serviceUrl).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
