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
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MattermostSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final StandIn mattermost = new StandIn(call -> new StandIn.Answer(call.method().equals("POST") ? 201 : 200,
            "{\"id\":\"post" + ids.incrementAndGet() + "\"}", Map.of()));
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
    void updates_with_a_patch() throws Exception {
        SentMessage sent = sender.post("c1", null, RendererContract.proposal(), "ev3");
        sender.update(sent, OutboundMessage.builder().title("Resolved").build());
        assertEquals("PUT", mattermost.calls().getLast().method());
        assertEquals("/api/v4/posts/" + sent.ids().getFirst() + "/patch", mattermost.calls().getLast().path());
    }
}
