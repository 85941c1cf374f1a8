package io.kubemate.bot.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Optional;
import java.util.Set;

/**
 * OIDC bearer tokens: signed (RSA or EC, never {@code none} or a shared secret) by one of the identity provider's keys,
 * issued by the configured issuer for the configured audience, within their validity; the user id is one claim.
 */
@Singleton
public final class BearerTokens {

    static final long MIN_REFRESH_MILLIS = 30_000;
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private final OidcProperties properties;
    private final DefaultJWTProcessor<SecurityContext> processor;

    public BearerTokens(OidcProperties properties) {
        this.properties = properties;
        if (!properties.configured()) {
            this.processor = null;
            return;
        }
        if (properties.audience() == null || properties.audience().isBlank()) {
            throw new ConfigurationException("kubemate.web.oidc.audience is required with kubemate.web.oidc.issuer");
        }
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys(properties)));
        jwt.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(properties.audience(),
                new JWTClaimsSet.Builder().issuer(properties.issuer()).build(), Set.of("exp", properties.userClaim())));
        this.processor = jwt;
    }

    public boolean enabled() {
        return processor != null;
    }

    /** The user id the token names; {@link Unauthenticated} with the reason when it is not acceptable. */
    public String user(String token) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new Unauthenticated("the bearer token is not a JWT");
        } catch (BadJOSEException e) {
            throw new Unauthenticated("the bearer token is not accepted: " + e.getMessage());
        } catch (JOSEException e) {
            throw new Unauthenticated("the bearer token cannot be checked: " + e.getMessage());
        }
        Object user = claims.getClaim(properties.userClaim());
        if (!(user instanceof String name) || name.isBlank()) {
            throw new Unauthenticated("the bearer token has no " + properties.userClaim() + " claim");
        }
        return name.trim();
    }

    private static JWKSource<SecurityContext> keys(OidcProperties properties) {
        if (properties.jwksFile() != null && !properties.jwksFile().isBlank()) {
            try {
                return new ImmutableJWKSet<>(JWKSet.load(Path.of(properties.jwksFile()).toFile()));
            } catch (IOException | ParseException e) {
                throw new ConfigurationException("kubemate.web.oidc.jwks-file " + properties.jwksFile() + " is not a JWKS file: "
                        + e.getMessage());
            }
        }
        String url = Optional.ofNullable(properties.jwksUrl()).filter(u -> !u.isBlank()).orElseThrow(() ->
                new ConfigurationException("kubemate.web.oidc needs jwks-file or jwks-url: the bot fetches no discovery document"));
        int timeout = (int) properties.timeout().toMillis();
        try {
            URL jwks = new URI(url).toURL();
            return JWKSourceBuilder.create(jwks, new DefaultResourceRetriever(timeout, timeout, 1_000_000))
                    .cache(properties.jwksCache().toMillis(), timeout)
                    .rateLimited(MIN_REFRESH_MILLIS)
                    .refreshAheadCache(false)
                    .build();
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            throw new ConfigurationException("kubemate.web.oidc.jwks-url " + url + " is not a URL: " + e.getMessage());
        }
    }
}
