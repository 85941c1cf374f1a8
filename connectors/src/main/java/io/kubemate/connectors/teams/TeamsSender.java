package io.kubemate.connectors.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.AccessToken;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.IdempotentParts;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.Renderer;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.core.SendException;
import io.kubemate.connectors.core.SentLedger;
import io.kubemate.connectors.core.SentMessage;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Posts to a Teams conversation through the Bot Connector it came from ({@code POST {serviceUrl}/v3/conversations/{id}/activities},
 * edits with {@code PUT …/activities/{activityId}}) with a token from the configured OAuth 2 token endpoint (client
 * credentials for the bot's App ID, scope {@code https://api.botframework.com/.default}), cached until shortly before
 * it expires. The conversation id names the thread in Teams, so {@code thread} is not used. The Bot Connector has no
 * idempotency key, so each part's key ({@code key#n}) is kept in the ledger.
 */
public final class TeamsSender implements ChatSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI serviceUrl;
    private final Function<String, Optional<String>> serviceUrls;
    private final URI tokenUrl;
    private final String appId;
    private final String appPassword;
    private final String scope;
    private final Renderer renderer;
    private final RetryingHttp http;
    private final ChannelRateLimiter limiter;
    private final SentLedger ledger;
    private final ObjectMapper json;
    private final AccessToken token;

    /**
     * {@code serviceUrls}: the Bot Connector a conversation's activities came from, when known; {@code serviceUrl} is
     * used for the others (a conversation the bot starts, such as an alert channel).
     */
    public TeamsSender(URI serviceUrl, Function<String, Optional<String>> serviceUrls, URI tokenUrl, String appId, String appPassword,
                       String scope, Renderer renderer, RetryingHttp http, ChannelRateLimiter limiter, SentLedger ledger,
                       ObjectMapper json, Clock clock) {
        this.serviceUrl = slash(serviceUrl.toString());
        this.serviceUrls = serviceUrls;
        this.tokenUrl = tokenUrl;
        this.appId = appId;
        this.appPassword = appPassword;
        this.scope = scope;
        this.renderer = renderer;
        this.http = http;
        this.limiter = limiter;
        this.ledger = ledger;
        this.json = json;
        this.token = new AccessToken(this::issueToken, clock);
    }

    @Override
    public SentMessage post(String channel, String thread, OutboundMessage message, String idempotencyKey) throws SendException {
        List<String> ids = IdempotentParts.post(renderer.render(message), idempotencyKey, ledger, (key, part) -> {
            limiter.acquireToSend("Teams", channel);
            return call("POST", channel, activities(channel), part).path("id").asText();
        });
        return new SentMessage(channel, ids);
    }

    @Override
    public void update(SentMessage sent, OutboundMessage message) throws SendException {
        List<ObjectNode> parts = renderer.render(message);
        for (int i = 0; i < Math.min(parts.size(), sent.ids().size()); i++) {
            String id = sent.ids().get(i);
            ObjectNode activity = parts.get(i).deepCopy().put("id", id);
            limiter.acquireToSend("Teams", sent.channel());
            call("PUT", sent.channel(), activities(sent.channel()) + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8), activity);
        }
    }

    private static String activities(String conversation) {
        return "v3/conversations/" + URLEncoder.encode(conversation, StandardCharsets.UTF_8).replace("+", "%20") + "/activities";
    }

    private AccessToken.Issued issueToken() throws SendException {
        String form = "grant_type=client_credentials&client_id=" + encode(appId) + "&client_secret=" + encode(appPassword)
                + "&scope=" + encode(scope);
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonNode answer = read(http.send(request, "Teams token"), "token endpoint");
        String issued = answer.path("access_token").asText(null);
        if (issued == null) {
            throw new SendException("Teams token endpoint answer has no access_token");
        }
        return new AccessToken.Issued(issued, Duration.ofSeconds(answer.path("expires_in").asLong(3600)));
    }

    private static URI slash(String url) {
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    private JsonNode call(String method, String conversation, String path, ObjectNode activity) throws SendException {
        URI base = serviceUrls.apply(conversation).map(TeamsSender::slash).orElse(serviceUrl);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer " + token.get())
                .method(method, HttpRequest.BodyPublishers.ofString(write(activity))).build();
        return read(http.send(request, "Teams " + path), path);
    }

    private JsonNode read(HttpResponse<String> response, String what) throws SendException {
        if (response.statusCode() / 100 != 2) {
            throw new SendException("Teams " + what + " refused: HTTP " + response.statusCode());
        }
        try {
            JsonNode answer = json.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
            return answer == null ? json.createObjectNode() : answer;
        } catch (IOException e) {
            throw new SendException("Teams " + what + " answered with something that is not JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Jackson tree always serializes", e);
        }
    }
}
