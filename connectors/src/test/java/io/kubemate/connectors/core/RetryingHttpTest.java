package io.kubemate.connectors.core;

import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryingHttpTest {

    private final List<Duration> waits = new ArrayList<>();
    private final RetryingHttp http = new RetryingHttp(HttpClient.newHttpClient(), waits::add, 3);

    @Test
    void retries_a_429_after_the_retry_after_seconds() throws Exception {
        try (StandIn api = new StandIn(call -> new StandIn.Answer(200, "{\"ok\":true}", Map.of()))) {
            api.then(429, "", Map.of("Retry-After", "7"));
            var response = http.send(HttpRequest.newBuilder(api.uri("/x")).POST(HttpRequest.BodyPublishers.ofString("a")).build(), "test");
            assertEquals(200, response.statusCode());
            assertEquals(List.of(Duration.ofSeconds(7)), waits);
            assertEquals(2, api.calls().size());
        }
    }

    @Test
    void gives_up_after_the_last_attempt_with_a_reason() throws Exception {
        try (StandIn api = new StandIn(call -> new StandIn.Answer(429, "", Map.of("Retry-After", "1")))) {
            SendException e = assertThrows(SendException.class, () ->
                    http.send(HttpRequest.newBuilder(api.uri("/x")).GET().build(), "test"));
            assertTrue(e.getMessage().contains("still rate limited (429) after 3 attempts"), e.getMessage());
            assertEquals(3, api.calls().size());
        }
    }

    @Test
    void does_not_retry_a_server_error_that_may_have_taken_effect() throws Exception {
        try (StandIn api = new StandIn(call -> new StandIn.Answer(500, "{}", Map.of()))) {
            assertEquals(500, http.send(HttpRequest.newBuilder(api.uri("/x")).GET().build(), "test").statusCode());
            assertEquals(1, api.calls().size());
        }
    }
}
