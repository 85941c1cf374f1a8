package io.kubemate.connectors.wecom;

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

class WeComSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger sent = new AtomicInteger();
    private final StandIn wecom = new StandIn(call -> call.path().endsWith("/gettoken")
            ? new StandIn.Answer(200, "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"accesstoken000001\",\"expires_in\":7200}", Map.of())
            : new StandIn.Answer(200, "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"msg" + sent.incrementAndGet() + "\"}", Map.of()));
    private final List<Duration> waits = new ArrayList<>();
    private final WeComSender sender = new WeComSender(wecom.uri("/cgi-bin/"), "wx5823bf96d3bd56c7", "corp-secret", 1000002,
            new WeComTemplateCardRenderer(JSON), new RetryingHttp(HttpClient.newHttpClient(), waits::add, 4),
            new ChannelRateLimiter(5, 5, System::nanoTime, waits::add), new InMemorySentLedger(), JSON, Clock.systemUTC());

    WeComSenderTest() throws Exception {
    }

    @AfterEach
    void stop() {
        wecom.close();
    }

    @Test
    void sends_the_text_then_the_card_to_the_person_with_a_task_id_from_the_key() throws Exception {
        SentMessage message = sender.post("zhangsan", null, RendererContract.proposal(), "1234567890123456");
        assertEquals(new SentMessage("zhangsan", List.of("msg1", "msg2")), message);
        List<StandIn.Call> calls = wecom.calls();
        assertEquals("/cgi-bin/gettoken", calls.get(0).path());
        assertEquals("/cgi-bin/message/send", calls.get(1).path());
        JsonNode card = JSON.readTree(calls.get(2).body());
        assertEquals("zhangsan", card.path("touser").asText());
        assertEquals(1000002, card.path("agentid").asInt());
        assertEquals("template_card", card.path("msgtype").asText());
        assertEquals(WeComSender.taskId("1234567890123456#1"), card.path("template_card").path("task_id").asText());
        assertEquals("markdown", JSON.readTree(calls.get(1).body()).path("msgtype").asText());
    }

    @Test
    void a_repeated_key_posts_nothing_new() throws Exception {
        sender.post("zhangsan", null, RendererContract.proposal(), "k1");
        int calls = wecom.calls().size();
        sender.post("zhangsan", null, RendererContract.proposal(), "k1");
        assertEquals(calls, wecom.calls().size());
    }

    @Test
    void a_refusal_names_the_errcode() throws Exception {
        sender.post("zhangsan", null, RendererContract.proposal(), "warm-up");
        wecom.then(200, "{\"errcode\":81013,\"errmsg\":\"user & party & tag all invalid\"}", Map.of());
        SendException e = assertThrows(SendException.class, () -> sender.post("nobody", null, RendererContract.proposal(), "k2"));
        assertEquals("WeCom message/send refused: errcode 81013 user & party & tag all invalid", e.getMessage());
    }
}
