package io.kubemate.bot.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

/** An identity provider's signing key and the tokens it issues, as a test stands it in. */
final class OidcTokens {

    static final String ISSUER = "https://sso.bank.example/realms/ops";
    static final String AUDIENCE = "kubemate-console";

    private final RSAKey key;

    OidcTokens(String keyId) {
        try {
            key = new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public keys as a JWKS file, as an administrator saves it from the identity provider. */
    Path jwksFile(Path dir) throws IOException {
        Path file = dir.resolve("jwks.json");
        Files.writeString(file, new JWKSet(key.toPublicJWK()).toString());
        return file;
    }

    String token(String user) {
        return token(ISSUER, AUDIENCE, user, Instant.now().plusSeconds(600));
    }

    String token(String issuer, String audience, String user, Instant expires) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("sub-" + user)
                .claim("preferred_username", user).issueTime(Date.from(expires.minusSeconds(900)))
                .expirationTime(Date.from(expires)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** A token with {@code "alg":"none"} and no signature: anyone can write one. */
    static String unsigned(String user) {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)).toString();
        String claims = Base64URL.encode(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"preferred_username\":\"" + user
                + "\",\"exp\":" + Instant.now().plusSeconds(600).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8)).toString();
        return header + "." + claims + ".";
    }
}
