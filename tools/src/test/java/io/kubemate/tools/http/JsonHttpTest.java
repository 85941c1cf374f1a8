package io.kubemate.tools.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubemate.tools.outcome.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonHttpTest {

    private final StandIn server = new StandIn();

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonHttp http(Duration timeout) {
        return new JsonHttp("Prometheus 'test'", server.url(), timeout, Map.of("X-Scope-OrgID", "team-a"));
    }

    static void contains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected '" + part + "' in: " + text);
        }
    }

    @Test
    void rate_limiting_becomes_unavailable_with_a_specific_reason() {
        server.reply("/q", 429, "too many outstanding requests");
        var failure = assertInstanceOf(Outcome.Failure.class, http(null).get("/q"));
        assertEquals(Outcome.FailureKind.UNAVAILABLE, failure.kind());
        contains(failure.reason(), "Prometheus 'test'", "rate-limiting", "429", "too many outstanding requests");
    }

    @Test
    void server_errors_carry_the_status_and_the_servers_error_text() {
        server.reply("/q", 503, "{\"status\":\"error\",\"errorType\":\"unavailable\",\"error\":\"store gateway down\"}");
        var failure = assertInstanceOf(Outcome.Failure.class, http(null).get("/q"));
        contains(failure.reason(), "HTTP 503", "store gateway down");
    }

    @Test
    void bad_request_carries_the_servers_error_text() {
        server.reply("/q", 400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:5: parse error: unexpected\"}");
        var failure = assertInstanceOf(Outcome.Failure.class, http(null).get("/q"));
        assertEquals(Outcome.FailureKind.BAD_REQUEST, failure.kind());
        contains(failure.reason(), "parse error: unexpected");
    }

    @Test
    void a_slow_backend_times_out_with_the_configured_timeout_named() {
        server.slow("/q", 2_000);
        var failure = assertInstanceOf(Outcome.Failure.class, http(Duration.ofMillis(200)).get("/q"));
        assertEquals(Outcome.FailureKind.UNAVAILABLE, failure.kind());
        contains(failure.reason(), "did not answer within 200 ms");
    }

    @Test
    void a_refused_connection_is_unavailable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JsonHttp http = new JsonHttp("Loki 'x'", URI.create("http://127.0.0.1:" + port), null, Map.of());
        var failure = assertInstanceOf(Outcome.Failure.class, http.get("/q"));
        assertEquals(Outcome.FailureKind.UNAVAILABLE, failure.kind());
        contains(failure.reason(), "Loki 'x'", "refused the connection");
    }

    @Test
    void configured_headers_are_sent() {
        server.reply("/q", 200, "{}");
        assertInstanceOf(Outcome.Ok.class, http(null).get("/q"));
        assertEquals(List.of("team-a"), server.requests().getFirst().headers().get("X-scope-orgid"));
    }
}
