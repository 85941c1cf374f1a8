package io.kubemate.connectors.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.InMemorySentLedger;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.RendererContract;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.core.SendException;
import io.kubemate.connectors.core.SentMessage;
import io.kubemate.connectors.core.StandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlackSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger ts = new AtomicInteger(100);
    private final StandIn slack = new StandIn(call -> new StandIn.Answer(200,
            "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1764000000." + ts.incrementAndGet() + "\"}", Map.of()));
    private final List<Duration> waits = new ArrayList<>();
    private final SlackSender sender = new SlackSender(slack.uri("/api"), "xoxb-test-token",
            new SlackBlockKitRenderer(JSON, SlackBlockKitRendererTest.CONFIRM), new RetryingHttp(HttpClient.newHttpClient(), waits::add, 4),
            new ChannelRateLimiter(1, 3, System::nanoTime, waits::add), new InMemorySentLedger(), JSON);

    SlackSenderTest() throws Exception {
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void posts_in_the_thread_with_the_bot_token_and_an_idempotency_key() throws Exception {
        SentMessage sent = sender.post("C1", "1764000000.000100", RendererContract.proposal(), "Ev0PV52K21");
        assertEquals(new SentMessage("C1", List.of("1764000000.101")), sent);
        StandIn.Call call = slack.calls().getFirst();
        assertEquals("/api/chat.postMessage", call.path());
        assertEquals("Bearer xoxb-test-token", call.headers().get("Authorization").getFirst());
        JsonNode body = JSON.readTree(call.body());
        assertEquals("C1", body.path("channel").asText());
        assertEquals("1764000000.000100", body.path("thread_ts").asText());
        assertEquals("Ev0PV52K21#0", body.path("metadata").path("event_payload").path("idempotency_key").asText());
    }

    @Test
    void shares_a_chart_in_the_thread_through_the_external_upload() throws Exception {
        StandIn files = new StandIn(call -> new StandIn.Answer(200, "OK - 11", Map.of()));
        try (files) {
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
            slack.then(200, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1764000000.200\"}", Map.of())
                    .then(200, "{\"ok\":true,\"upload_url\":\"" + files.uri("/upload/v1/abc") + "\",\"file_id\":\"F0123\"}", Map.of())
                    .then(200, "{\"ok\":true,\"files\":[{\"id\":\"F0123\",\"title\":\"p99 latency\"}]}", Map.of());
            OutboundMessage message = OutboundMessage.builder().section("p99 over the last hour").image("p99 latency", "chart.png", png).build();
            sender.post("C1", "1764000000.000100", message, "EvChart");

            StandIn.Call ticket = slack.calls().get(1);
            assertEquals("/api/files.getUploadURLExternal", ticket.path());
            assertEquals("application/x-www-form-urlencoded", ticket.headers().get("Content-type").getFirst());
            assertTrue(ticket.body().contains("filename=chart.png") && ticket.body().contains("length=11"), ticket.body());
            assertEquals(png.length, files.calls().getFirst().bodyBytes());
            JsonNode complete = JSON.readTree(slack.calls().get(2).body());
            assertEquals("/api/files.completeUploadExternal", slack.calls().get(2).path());
            assertEquals("F0123", complete.path("files").get(0).path("id").asText());
            assertEquals("1764000000.000100", complete.path("thread_ts").asText());
            assertEquals("C1", complete.path("channel_id").asText());

            sender.post("C1", "1764000000.000100", message, "EvChart");
            assertEquals(3, slack.calls().size(), "a repeated delivery posts and uploads nothing again");
        }
    }

    @Test
    void shares_a_report_file_with_its_own_name_and_media_type_and_no_alt_text() throws Exception {
        StandIn files = new StandIn(call -> new StandIn.Answer(200, "OK - 20", Map.of()));
        try (files) {
            byte[] html = "<html>report</html>\n".getBytes(StandardCharsets.UTF_8);
            slack.then(200, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1764000000.300\"}", Map.of())
                    .then(200, "{\"ok\":true,\"upload_url\":\"" + files.uri("/upload/v1/def") + "\",\"file_id\":\"F0456\"}", Map.of())
                    .then(200, "{\"ok\":true,\"files\":[{\"id\":\"F0456\"}]}", Map.of());
            OutboundMessage message = OutboundMessage.builder().section("inspection summary")
                    .attachment("Inspection report", "inspection-prod-20261203-1800.html", "text/html; charset=utf-8", html).build();
            sender.post("C1", "1764000000.000200", message, "EvReport");

            StandIn.Call ticket = slack.calls().get(1);
            assertTrue(ticket.body().contains("filename=inspection-prod-20261203-1800.html") && ticket.body().contains("length=" + html.length),
                    ticket.body());
            assertTrue(!ticket.body().contains("alt_txt"), "alt text is for pictures: " + ticket.body());
            assertEquals("text/html; charset=utf-8", files.calls().getFirst().headers().get("Content-type").getFirst());
            assertEquals(html.length, files.calls().getFirst().bodyBytes());
            JsonNode complete = JSON.readTree(slack.calls().get(2).body());
            assertEquals("Inspection report", complete.path("files").get(0).path("title").asText());
            assertEquals("1764000000.000200", complete.path("thread_ts").asText());
        }
    }

    @Test
    void a_429_is_retried_after_retry_after_and_posts_exactly_once() throws Exception {
        slack.then(429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "3"));
        sender.post("C1", null, RendererContract.proposal(), "k1");
        assertEquals(2, slack.calls().size());
        assertTrue(waits.contains(Duration.ofSeconds(3)), waits.toString());
        sender.post("C1", null, RendererContract.proposal(), "k1");
        assertEquals(2, slack.calls().size(), "a send repeated with the same key posted again");
    }

    @Test
    void updates_a_message_in_place() throws Exception {
        SentMessage sent = sender.post("C1", null, RendererContract.proposal(), "k2");
        sender.update(sent, OutboundMessage.builder().title("Executed").build());
        StandIn.Call update = slack.calls().getLast();
        assertEquals("/api/chat.update", update.path());
        JsonNode body = JSON.readTree(update.body());
        assertEquals(sent.ids().getFirst(), body.path("ts").asText());
        assertEquals("Executed", body.path("text").asText());
    }

    @Test
    void a_refusal_from_slack_names_the_error() {
        slack.then(200, "{\"ok\":false,\"error\":\"channel_not_found\"}", Map.of());
        SendException e = assertThrows(SendException.class, () -> sender.post("C404", null, RendererContract.proposal(), "k3"));
        assertEquals("Slack chat.postMessage refused: channel_not_found", e.getMessage());
    }
}
