package io.kubemate.connectors.teams;

import com.sun.net.httpserver.HttpServer;
import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static io.kubemate.connectors.teams.TeamsJwtVerifier.BOT_FRAMEWORK_ISSUER;
import static io.kubemate.connectors.teams.TeamsTokens.APP_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keys come from a stand-in OpenID metadata document and JWKS, as login.botframework.com serves them. */
class OpenIdSigningKeysTest {

    private static final byte[] ACTIVITY = "{\"type\":\"message\"}".getBytes(StandardCharsets.UTF_8);
    private final TeamsTokens first = new TeamsTokens("kid-2026-10");
    private final TeamsTokens rotated = new TeamsTokens("kid-2026-11");
    private final AtomicReference<String> jwks = new AtomicReference<>(first.publicKeys().toString());
    private final AtomicInteger metadataCalls = new AtomicInteger();
    private final AtomicInteger keyCalls = new AtomicInteger();
    private HttpServer server;
    private URI metadata;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/v1/.well-known/openidconfiguration", exchange -> {
            metadataCalls.incrementAndGet();
            respond(exchange, "{\"issuer\":\"https://api.botframework.com\",\"authorization_endpoint\":\"https://invalid.botframework.com\","
                    + "\"jwks_uri\":\"" + base + "/v1/.well-known/keys\",\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                    + "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"]}");
        });
        server.createContext("/v1/.well-known/keys", exchange -> {
            keyCalls.incrementAndGet();
            respond(exchange, jwks.get());
        });
        server.start();
        metadata = URI.create(base + "/v1/.well-known/openidconfiguration");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private TeamsJwtVerifier verifier(URI from) {
        return new TeamsJwtVerifier(Map.of("ops", APP_ID), OpenIdSigningKeys.cached(from, HttpClient.newHttpClient(), Duration.ofSeconds(5)),
                BOT_FRAMEWORK_ISSUER, Clock.systemUTC());
    }

    private static Verification verify(TeamsJwtVerifier verifier, TeamsTokens signer) {
        String token = signer.token(BOT_FRAMEWORK_ISSUER, APP_ID, Instant.now().plusSeconds(600), null);
        return verifier.verify(ACTIVITY, RequestHeaders.of("Authorization", "Bearer " + token));
    }

    @Test
    void fetches_the_keys_once_and_again_only_when_a_token_names_a_rotated_key() {
        TeamsJwtVerifier verifier = verifier(metadata);
        assertEquals(new Verification.Verified("ops"), verify(verifier, first));
        assertEquals(new Verification.Verified("ops"), verify(verifier, first));
        assertEquals(1, keyCalls.get(), "the keys are cached");

        jwks.set("{\"keys\":[" + first.publicKeys().getKeys().getFirst().toJSONString() + ","
                + rotated.publicKeys().getKeys().getFirst().toJSONString() + "]}");
        assertEquals(new Verification.Verified("ops"), verify(verifier, rotated));
        assertEquals(2, keyCalls.get(), "an unknown key id fetches the keys again");
        assertEquals(2, metadataCalls.get());
    }

    @Test
    void a_key_nobody_published_is_refused_without_fetching_on_every_request() {
        TeamsJwtVerifier verifier = verifier(metadata);
        assertEquals(new Verification.Verified("ops"), verify(verifier, first));
        TeamsTokens forger = new TeamsTokens("kid-forged");
        for (int i = 0; i < 5; i++) {
            Verification.Rejected refused = assertInstanceOf(Verification.Rejected.class, verify(verifier, forger));
            assertEquals(Verification.Reason.BAD_SIGNATURE, refused.reason());
        }
        assertTrue(keyCalls.get() <= 2, "fetches are rate-limited: " + keyCalls.get());
    }

    @Test
    void unreachable_metadata_is_a_clear_temporary_refusal() {
        server.stop(0);
        Verification.Rejected refused = assertInstanceOf(Verification.Rejected.class, verify(verifier(metadata), first));
        assertEquals(Verification.Reason.UNAVAILABLE, refused.reason());
        assertTrue(refused.detail().startsWith("the signing keys cannot be fetched: "), refused.detail());
        assertTrue(refused.detail().contains("openidconfiguration"), refused.detail());
    }
}
