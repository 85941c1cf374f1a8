package io.kubemate.connectors.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSetCacheRefreshEvaluator;
import com.nimbusds.jose.jwk.source.JWKSetParseException;
import com.nimbusds.jose.jwk.source.JWKSetRetrievalException;
import com.nimbusds.jose.jwk.source.JWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;

/**
 * The Bot Framework's signing keys as its OpenID metadata names them: the metadata document, then its {@code jwks_uri}.
 * {@link #cached} wraps it in nimbus' cache, which keeps the keys for a day and fetches them again — at most once per
 * rate-limit interval — when a token names a key it does not hold (Microsoft rotates them).
 */
public final class OpenIdSigningKeys implements JWKSetSource<SecurityContext> {

    public static final String BOT_FRAMEWORK_METADATA = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    static final Duration CACHE_TIME_TO_LIVE = Duration.ofHours(24);
    static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(15);
    static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);

    private final URI metadata;
    private final HttpClient http;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public OpenIdSigningKeys(URI metadata, HttpClient http, Duration timeout) {
        this.metadata = metadata;
        this.http = http;
        this.timeout = timeout;
    }

    /** The keys behind {@code metadata}, cached and refreshed on an unknown key id. */
    public static JWKSource<SecurityContext> cached(URI metadata, HttpClient http, Duration timeout) {
        return JWKSourceBuilder.create(new OpenIdSigningKeys(metadata, http, timeout))
                .cache(CACHE_TIME_TO_LIVE.toMillis(), REFRESH_TIMEOUT.toMillis())
                .refreshAheadCache(false)
                .rateLimited(MIN_REFRESH_INTERVAL.toMillis())
                .retrying(true)
                .build();
    }

    @Override
    public JWKSet getJWKSet(JWKSetCacheRefreshEvaluator refresh, long currentTime, SecurityContext context) throws KeySourceException {
        String jwksUri;
        try {
            JsonNode document = json.readTree(get(metadata));
            jwksUri = document == null ? null : document.path("jwks_uri").asText(null);
        } catch (IOException e) {
            throw new JWKSetRetrievalException("the OpenID metadata " + metadata + " cannot be read: " + e.getMessage(), e);
        }
        if (jwksUri == null || jwksUri.isBlank()) {
            throw new JWKSetRetrievalException("the OpenID metadata " + metadata + " names no jwks_uri", null);
        }
        try {
            return JWKSet.parse(get(URI.create(jwksUri)));
        } catch (ParseException e) {
            throw new JWKSetParseException("the signing keys at " + jwksUri + " are not a JWKS: " + e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new JWKSetRetrievalException("the signing keys at " + jwksUri + " cannot be read: " + e.getMessage(), e);
        }
    }

    private String get(URI uri) throws IOException {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + uri);
        }
        return response.body();
    }

    @Override
    public void close() {
    }
}
