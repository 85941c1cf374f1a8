package io.kubemate.connectors.teams;

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

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamsSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final AtomicInteger sent = new AtomicInteger();
    private final StandIn teams = new StandIn(call -> call.path().endsWith("/oauth2/v2.0/token")
            ? new StandIn.Answer(200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,\"access_token\":\"eyJ0eXAi.bot\"}", Map.of())
            : new StandIn.Answer(200, "{\"id\":\"1764000200" + sent.incrementAndGet() + "\"}", Map.of()));
    private final List<Duration> waits = new ArrayList<>();
    private final TeamsSender sender = new TeamsSender(teams.uri("/teams/"),
            conversation -> conversation.startsWith("19:") ? Optional.of(teams.uri("/emea").toString()) : Optional.empty(),
            teams.uri("/botframework.com/oauth2/v2.0/token"),
            TeamsTokens.APP_ID, "app-password", "https://api.botframework.com/.default", new TeamsAdaptiveCardRenderer(JSON),
            new RetryingHttp(HttpClient.newHttpClient(), waits::add, 4), new ChannelRateLimiter(5, 5, System::nanoTime, waits::add),
            new InMemorySentLedger(), JSON, Clock.systemUTC());

    TeamsSenderTest() throws Exception {
    }

    @AfterEach
    void stop() {
        teams.close();
    }

    @Test
    void posts_the_card_to_the_conversation_with_a_client_credentials_token_once() throws Exception {
        SentMessage message = sender.post(TeamsActivityParserTest.CONVERSATION, null, RendererContract.chineseDiagnosis(), "k1");
        sender.post(TeamsActivityParserTest.CONVERSATION, null, RendererContract.proposal(), "k2");
        sender.post(TeamsActivityParserTest.CONVERSATION, null, RendererContract.proposal(), "k2");
        assertEquals(List.of("17640002001"), message.ids());
        StandIn.Call token = teams.calls().getFirst();
        assertTrue(token.body().contains("grant_type=client_credentials"), token.body());
        assertTrue(token.body().contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default"), token.body());
        assertEquals(3, teams.calls().size(), "one token, two posts, the repeated key posts nothing");
        StandIn.Call post = teams.calls().get(1);
        assertEquals("/emea/v3/conversations/" + TeamsActivityParserTest.CONVERSATION + "/activities", post.path());
        assertEquals("Bearer eyJ0eXAi.bot", post.headers().get("Authorization").getFirst());
        JsonNode card = JSON.readTree(post.body()).path("attachments").get(0);
        assertEquals("application/vnd.microsoft.card.adaptive", card.path("contentType").asText());
        assertEquals("诊断：payments/payment-api 一直重启", card.path("content").path("body").get(0).path("text").asText());
    }

    @Test
    void updates_an_activity_in_place() throws Exception {
        SentMessage message = sender.post("a:1Xconv", null, RendererContract.proposal(), "k3");
        sender.update(message, OutboundMessage.builder().title("Done: scaled").build());
        StandIn.Call put = teams.calls().getLast();
        assertEquals("PUT", put.method());
        assertEquals("/teams/v3/conversations/a:1Xconv/activities/" + message.ids().getFirst(), put.path(), "unknown conversations use the configured serviceUrl");
        assertEquals(message.ids().getFirst(), JSON.readTree(put.body()).path("id").asText());
    }
}
