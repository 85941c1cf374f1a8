package io.kubemate.connectors.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.InMemorySentLedger;
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

class DingTalkSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger sent = new AtomicInteger();
    private final StandIn dingtalk = new StandIn(call -> call.path().endsWith("/oauth2/accessToken")
            ? new StandIn.Answer(200, "{\"accessToken\":\"fw8ef8we8f76e6f7s8df8s\",\"expireIn\":7200}", Map.of())
            : new StandIn.Answer(200, "{\"processQueryKey\":\"pqk-" + sent.incrementAndGet() + "\"}", Map.of()));
    private final List<Duration> waits = new ArrayList<>();
    private final DingTalkSender sender = new DingTalkSender(dingtalk.uri("/"), "dingappkey", "app-secret", "dingrobotcode",
            new DingTalkActionCardRenderer(JSON), new RetryingHttp(HttpClient.newHttpClient(), waits::add, 4),
            new ChannelRateLimiter(20, 5, System::nanoTime, waits::add), new InMemorySentLedger(), JSON, Clock.systemUTC());

    DingTalkSenderTest() throws Exception {
    }

    @AfterEach
    void stop() {
        dingtalk.close();
    }

    @Test
    void fetches_a_token_once_and_posts_the_action_card_to_the_group() throws Exception {
        SentMessage first = sender.post("cidGroup==", null, RendererContract.proposal(), "Ev1");
        sender.post("cidGroup==", null, RendererContract.chineseDiagnosis(), "Ev2");
        assertEquals(new SentMessage("cidGroup==", List.of("pqk-1")), first);
        List<StandIn.Call> calls = dingtalk.calls();
        assertEquals(1, calls.stream().filter(c -> c.path().endsWith("/oauth2/accessToken")).count());
        StandIn.Call send = calls.get(1);
        assertEquals("/v1.0/robot/groupMessages/send", send.path());
        assertEquals("fw8ef8we8f76e6f7s8df8s", send.headers().get("X-acs-dingtalk-access-token").getFirst());
        JsonNode body = JSON.readTree(send.body());
        assertEquals("dingrobotcode", body.path("robotCode").asText());
        assertEquals("cidGroup==", body.path("openConversationId").asText());
        assertEquals("sampleActionCard2", body.path("msgKey").asText());
        assertTrue(JSON.readTree(body.path("msgParam").asText()).path("text").asText().contains("replicas 2 → 5"));
        assertTrue(JSON.readTree(calls.get(2).body()).path("msgParam").asText().contains("一直重启"));
    }

    @Test
    void a_429_is_retried_and_a_repeated_key_posts_nothing_new() throws Exception {
        sender.post("cidGroup==", null, RendererContract.proposal(), "warm-up");
        dingtalk.then(429, "{\"code\":\"Forbidden.AccessDenied.QpsLimitForApi\"}", Map.of("Retry-After", "2"));
        sender.post("cidGroup==", null, RendererContract.proposal(), "k1");
        assertTrue(waits.contains(Duration.ofSeconds(2)), waits.toString());
        int calls = dingtalk.calls().size();
        sender.post("cidGroup==", null, RendererContract.proposal(), "k1");
        assertEquals(calls, dingtalk.calls().size(), "a send repeated with the same key posted again");
    }

    @Test
    void a_refusal_names_dingtalks_code_and_edits_are_refused() {
        dingtalk.then(200, "{\"accessToken\":\"t\",\"expireIn\":7200}", Map.of());
        dingtalk.then(400, "{\"code\":\"invalidParameter.openConversationId\",\"message\":\"群不存在\"}", Map.of());
        SendException e = assertThrows(SendException.class, () -> sender.post("cidNone", null, RendererContract.proposal(), "k2"));
        assertEquals("DingTalk v1.0/robot/groupMessages/send refused: invalidParameter.openConversationId 群不存在", e.getMessage());
        assertThrows(SendException.class, () -> sender.update(new SentMessage("c", List.of("x")), RendererContract.proposal()));
    }

    @Test
    void a_reply_to_a_person_goes_through_the_one_to_one_api() throws Exception {
        sender.post("user:032615015535634423", null, RendererContract.chineseDiagnosis(), "Ev3");
        StandIn.Call send = dingtalk.calls().getLast();
        assertEquals("/v1.0/robot/oToMessages/batchSend", send.path());
        JsonNode body = JSON.readTree(send.body());
        assertEquals("032615015535634423", body.path("userIds").get(0).asText());
        assertTrue(body.path("openConversationId").isMissingNode(), body.toString());
    }

}
