package io.kubemate.connectors.dingtalk;

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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Posts through the robot OpenAPI with the app's access token from {@code POST /v1.0/oauth2/accessToken}, cached until
 * shortly before it expires: to a group ({@code POST /v1.0/robot/groupMessages/send}) when the channel is the group's
 * {@code openConversationId}, to one person ({@code POST /v1.0/robot/oToMessages/batchSend}) when it is
 * {@code user:<staffId>}. DingTalk has no idempotency key for robot messages, so each part's key
 * ({@code key#n}) is kept in the ledger; robot messages cannot be edited.
 */
public final class DingTalkSender implements ChatSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI apiUrl;
    private final String appKey;
    private final String appSecret;
    private final String robotCode;
    private final Renderer renderer;
    private final RetryingHttp http;
    private final ChannelRateLimiter limiter;
    private final SentLedger ledger;
    private final ObjectMapper json;
    private final AccessToken token;

    public DingTalkSender(URI apiUrl, String appKey, String appSecret, String robotCode, Renderer renderer, RetryingHttp http,
                          ChannelRateLimiter limiter, SentLedger ledger, ObjectMapper json, Clock clock) {
        this.apiUrl = URI.create(apiUrl.toString().endsWith("/") ? apiUrl.toString() : apiUrl + "/");
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.robotCode = robotCode;
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
            ObjectNode payload = json.createObjectNode();
            payload.put("robotCode", robotCode);
            String path;
            if (channel.startsWith(DingTalkRequestParser.PERSON)) {
                payload.putArray("userIds").add(channel.substring(DingTalkRequestParser.PERSON.length()));
                path = "v1.0/robot/oToMessages/batchSend";
            } else {
                payload.put("openConversationId", channel);
                path = "v1.0/robot/groupMessages/send";
            }
            payload.put("msgKey", part.path("msgKey").asText());
            payload.put("msgParam", write(part.path("msgParam")));
            limiter.acquireToSend("DingTalk", channel);
            return call(path, payload, token.get()).path("processQueryKey").asText();
        });
        return new SentMessage(channel, ids);
    }

    @Override
    public void update(SentMessage sent, OutboundMessage message) throws SendException {
        throw new SendException("DingTalk robot messages cannot be edited; post a new message instead");
    }

    private AccessToken.Issued issueToken() throws SendException {
        ObjectNode request = json.createObjectNode().put("appKey", appKey).put("appSecret", appSecret);
        JsonNode answer = call("v1.0/oauth2/accessToken", request, null);
        String issued = answer.path("accessToken").asText(null);
        if (issued == null) {
            throw new SendException("DingTalk accessToken answer has no accessToken");
        }
        return new AccessToken.Issued(issued, Duration.ofSeconds(answer.path("expireIn").asLong(7200)));
    }

    private JsonNode call(String path, ObjectNode payload, String accessToken) throws SendException {
        HttpRequest.Builder request = HttpRequest.newBuilder(apiUrl.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(write(payload)));
        if (accessToken != null) {
            request.header("x-acs-dingtalk-access-token", accessToken);
        }
        HttpResponse<String> response = http.send(request.build(), "DingTalk " + path);
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            throw new SendException("DingTalk " + path + " answered HTTP " + response.statusCode() + " with something that is not JSON", e);
        }
        if (response.statusCode() != 200) {
            throw new SendException("DingTalk " + path + " refused: " + answer.path("code").asText("HTTP " + response.statusCode())
                    + " " + answer.path("message").asText(""));
        }
        return answer;
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Jackson tree always serializes", e);
        }
    }
}
