package io.kubemate.connectors.mattermost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.InMemorySentLedger;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.RendererContract;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.core.SentMessage;
import io.kubemate.connectors.core.StandIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MattermostSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final StandIn mattermost = new StandIn(call -> call.path().equals("/api/v4/files")
            ? new StandIn.Answer(201, "{\"file_infos\":[{\"id\":\"file" + ids.incrementAndGet() + "\",\"name\":\"chart.png\"}],\"client_ids\":[]}", Map.of())
            : new StandIn.Answer(call.method().equals("POST") ? 201 : 200, "{\"id\":\"post" + ids.incrementAndGet() + "\"}", Map.of()));
    private final MattermostSender sender = new MattermostSender(mattermost.uri("/"), "bot-token",
            new MattermostAttachmentRenderer(JSON, URI.create("https://kubemate.example.com/hooks/mattermost/actions"),
                    MattermostAttachmentRendererTest.TOKENS),
            new RetryingHttp(HttpClient.newHttpClient(), d -> { }, 3), new ChannelRateLimiter(5, 5, System::nanoTime, d -> { }),
            new InMemorySentLedger(), JSON);

    MattermostSenderTest() throws Exception {
    }

    @AfterEach
    void stop() {
        mattermost.close();
    }

    @Test
    void posts_in_the_thread_and_puts_the_root_into_button_contexts() throws Exception {
        SentMessage sent = sender.post("c1", "root1", RendererContract.proposal(), "ev1");
        assertEquals(new SentMessage("c1", List.of("post1")), sent);
        StandIn.Call call = mattermost.calls().getFirst();
        assertEquals("/api/v4/posts", call.path());
        assertEquals("Bearer bot-token", call.headers().get("Authorization").getFirst());
        JsonNode body = JSON.readTree(call.body());
        assertEquals("root1", body.path("root_id").asText());
        assertEquals("c1", body.path("channel_id").asText());
        assertEquals("root1", body.path("props").path("attachments").get(0).path("actions").get(0)
                .path("integration").path("context").path("root_id").asText());
    }

    @Test
    void a_retry_after_429_posts_once_and_a_repeated_key_not_again() throws Exception {
        mattermost.then(429, "{}", Map.of("Retry-After", "1"));
        sender.post("c1", null, RendererContract.proposal(), "ev2");
        sender.post("c1", null, RendererContract.proposal(), "ev2");
        assertEquals(2, mattermost.calls().size());
    }

    @Test
    void uploads_a_chart_into_the_thread_after_the_text_once_per_key() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        OutboundMessage message = OutboundMessage.builder().section("p99 over the last hour").image("p99 latency", "chart.png", png).build();
        SentMessage sent = sender.post("c1", "root1", message, "ev4");
        assertEquals(1, sent.ids().size(), "the picture is not a text part that edits would touch");
        StandIn.Call upload = mattermost.calls().get(1);
        assertEquals("/api/v4/files", upload.path());
        assertEquals("channel_id=c1&filename=chart.png", upload.query());
        assertEquals("image/png", upload.headers().get("Content-type").getFirst());
        assertEquals(png.length, upload.bodyBytes());
        JsonNode post = JSON.readTree(mattermost.calls().get(2).body());
        assertEquals("root1", post.path("root_id").asText());
        assertEquals("p99 latency", post.path("message").asText());
        assertEquals("file2", post.path("file_ids").get(0).asText());

        sender.post("c1", "root1", message, "ev4");
        assertEquals(3, mattermost.calls().size(), "a repeated delivery uploads nothing again");
    }

    @Test
    void uploads_a_report_file_with_its_name_and_media_type_into_the_thread() throws Exception {
        byte[] html = "<html>report</html>\n".getBytes(StandardCharsets.UTF_8);
        OutboundMessage message = OutboundMessage.builder().section("inspection summary")
                .attachment("Inspection report", "inspection-prod.html", "text/html; charset=utf-8", html).build();
        sender.post("c1", "root2", message, "ev5");
        StandIn.Call upload = mattermost.calls().get(1);
        assertEquals("channel_id=c1&filename=inspection-prod.html", upload.query());
        assertEquals("text/html; charset=utf-8", upload.headers().get("Content-type").getFirst());
        assertEquals(html.length, upload.bodyBytes());
        JsonNode post = JSON.readTree(mattermost.calls().get(2).body());
        assertEquals("root2", post.path("root_id").asText());
        assertEquals("Inspection report", post.path("message").asText());
    }

    @Test
    void updates_with_a_patch() throws Exception {
        SentMessage sent = sender.post("c1", null, RendererContract.proposal(), "ev3");
        sender.update(sent, OutboundMessage.builder().title("Resolved").build());
        assertEquals("PUT", mattermost.calls().getLast().method());
        assertEquals("/api/v4/posts/" + sent.ids().getFirst() + "/patch", mattermost.calls().getLast().path());
    }
}
