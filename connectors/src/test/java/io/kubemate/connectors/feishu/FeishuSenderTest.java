package io.kubemate.connectors.feishu;

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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeishuSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger sent = new AtomicInteger();
    private final StandIn feishu = new StandIn(call -> call.path().endsWith("/tenant_access_token/internal")
            ? new StandIn.Answer(200, "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-caecc734c2e3328a62489fe0648c4b98779515d3\",\"expire\":7200}", Map.of())
            : new StandIn.Answer(200, "{\"code\":0,\"msg\":\"success\",\"data\":{\"message_id\":\"om_" + sent.incrementAndGet() + "\"}}", Map.of()));
    private final List<Duration> waits = new ArrayList<>();
    private final FeishuSender sender = new FeishuSender(feishu.uri("/open-apis/"), "cli_a1b2c3d4e5f6", "app-secret",
            new FeishuCardRenderer(JSON, FeishuCardRendererTest.CONFIRM), new RetryingHttp(HttpClient.newHttpClient(), waits::add, 4),
            new ChannelRateLimiter(5, 5, System::nanoTime, waits::add), new InMemorySentLedger(), JSON, Clock.systemUTC());

    FeishuSenderTest() throws Exception {
    }

    @AfterEach
    void stop() {
        feishu.close();
    }

    @Test
    void replies_in_the_thread_with_a_card_a_token_and_a_uuid() throws Exception {
        SentMessage message = sender.post("oc_chat", "om_root", RendererContract.chineseDiagnosis(), "5e3702a8");
        assertEquals(new SentMessage("oc_chat", List.of("om_1")), message);
        StandIn.Call reply = feishu.calls().get(1);
        assertEquals("POST", reply.method());
        assertEquals("/open-apis/im/v1/messages/om_root/reply", reply.path());
        assertEquals("Bearer t-caecc734c2e3328a62489fe0648c4b98779515d3", reply.headers().get("Authorization").getFirst());
        JsonNode body = JSON.readTree(reply.body());
        assertEquals("interactive", body.path("msg_type").asText());
        assertEquals(FeishuSender.uuid("5e3702a8#0"), body.path("uuid").asText());
        assertTrue(body.path("uuid").asText().length() <= 50);
        assertEquals("诊断：payments/payment-api 一直重启", JSON.readTree(body.path("content").asText()).path("header").path("title").path("content").asText());
    }

    @Test
    void buttons_of_a_card_posted_in_a_thread_carry_that_thread() throws Exception {
        sender.post("oc_chat", "om_root", RendererContract.proposal(), "k2");
        JsonNode card = JSON.readTree(JSON.readTree(feishu.calls().getLast().body()).path("content").asText());
        List<JsonNode> values = new ArrayList<>();
        card.path("elements").forEach(e -> e.path("actions").forEach(a -> values.add(a.path("value"))));
        assertEquals(2, values.size(), card.toString());
        values.forEach(v -> assertEquals("om_root", v.path("thread").asText(), v.toString()));
    }

    @Test
    void posts_to_a_chat_and_updates_the_card_in_place() throws Exception {
        SentMessage message = sender.post("oc_chat", null, RendererContract.proposal(), "k1");
        StandIn.Call post = feishu.calls().getLast();
        assertEquals("/open-apis/im/v1/messages", post.path());
        assertEquals("oc_chat", JSON.readTree(post.body()).path("receive_id").asText());
        sender.update(message, OutboundMessage.builder().title("已执行").build());
        StandIn.Call patch = feishu.calls().getLast();
        assertEquals("PATCH", patch.method());
        assertEquals("/open-apis/im/v1/messages/" + message.ids().getFirst(), patch.path());
        assertEquals("已执行", JSON.readTree(JSON.readTree(patch.body()).path("content").asText()).path("header").path("title").path("content").asText());
    }

    @Test
    void a_429_is_retried_and_a_repeated_key_posts_nothing_new() throws Exception {
        sender.post("oc_chat", null, RendererContract.proposal(), "warm-up");
        feishu.then(429, "{\"code\":99991400,\"msg\":\"request trigger frequency limit\"}", Map.of("Retry-After", "2"));
        sender.post("oc_chat", null, RendererContract.proposal(), "k2");
        assertTrue(waits.contains(Duration.ofSeconds(2)), waits.toString());
        int calls = feishu.calls().size();
        sender.post("oc_chat", null, RendererContract.proposal(), "k2");
        assertEquals(calls, feishu.calls().size());
    }

    @Test
    void a_refusal_names_feishus_code() throws Exception {
        sender.post("oc_chat", null, RendererContract.proposal(), "warm-up");
        feishu.then(400, "{\"code\":230002,\"msg\":\"Bot/User can NOT be out of the chat.\"}", Map.of());
        SendException e = assertThrows(SendException.class, () -> sender.post("oc_gone", null, RendererContract.proposal(), "k3"));
        assertEquals("Feishu POST im/v1/messages refused: code 230002 Bot/User can NOT be out of the chat.", e.getMessage());
    }
}
