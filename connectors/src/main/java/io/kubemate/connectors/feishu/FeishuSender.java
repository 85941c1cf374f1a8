package io.kubemate.connectors.feishu;

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
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The IM v1 API with a tenant access token (from {@code /open-apis/auth/v3/tenant_access_token/internal}, cached):
 * a new card goes to a chat ({@code POST /im/v1/messages?receive_id_type=chat_id}) or as a reply to the thread's
 * message ({@code POST /im/v1/messages/{id}/reply}); {@code update} replaces a card in place
 * ({@code PATCH /im/v1/messages/{id}}). Each part carries a {@code uuid} derived from its idempotency key, which
 * Feishu uses to drop a repeated send within an hour, and the ledger covers longer.
 */
public final class FeishuSender implements ChatSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI apiUrl;
    private final String appId;
    private final String appSecret;
    private final Renderer renderer;
    private final RetryingHttp http;
    private final ChannelRateLimiter limiter;
    private final SentLedger ledger;
    private final ObjectMapper json;
    private final AccessToken token;

    /** {@code apiUrl}: {@code https://open.feishu.cn/open-apis/} (Lark: {@code https://open.larksuite.com/open-apis/}). */
    public FeishuSender(URI apiUrl, String appId, String appSecret, Renderer renderer, RetryingHttp http,
                        ChannelRateLimiter limiter, SentLedger ledger, ObjectMapper json, Clock clock) {
        this.apiUrl = URI.create(apiUrl.toString().endsWith("/") ? apiUrl.toString() : apiUrl + "/");
        this.appId = appId;
        this.appSecret = appSecret;
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
            String path;
            if (thread == null) {
                path = "im/v1/messages?receive_id_type=chat_id";
                payload.put("receive_id", channel);
            } else {
                path = "im/v1/messages/" + URLEncoder.encode(thread, StandardCharsets.UTF_8) + "/reply";
            }
            payload.put("msg_type", "interactive");
            payload.put("content", write(thread == null ? part : inThread(part, thread)));
            payload.put("uuid", uuid(key));
            limiter.acquireToSend("Feishu", channel);
            return call("POST", path, payload, token.get()).path("data").path("message_id").asText();
        });
        return new SentMessage(channel, ids);
    }

    @Override
    public void update(SentMessage sent, OutboundMessage message) throws SendException {
        List<ObjectNode> parts = renderer.render(message);
        for (int i = 0; i < Math.min(parts.size(), sent.ids().size()); i++) {
            ObjectNode payload = json.createObjectNode().put("content", write(parts.get(i)));
            limiter.acquireToSend("Feishu", sent.channel());
            call("PATCH", "im/v1/messages/" + URLEncoder.encode(sent.ids().get(i), StandardCharsets.UTF_8), payload, token.get());
        }
    }

    /**
     * A click is decided in the conversation its proposal was made in; Feishu reports only the card's own message id,
     * so each button's value carries the thread the card was posted in.
     */
    static ObjectNode inThread(ObjectNode card, String thread) {
        ObjectNode copy = card.deepCopy();
        copy.path("elements").forEach(element -> element.path("actions").forEach(action -> {
            if (action.path("value") instanceof ObjectNode value) {
                value.put(FeishuRequestParser.THREAD, thread);
            }
        }));
        return copy;
    }

    /** Feishu accepts at most 50 characters; a hash keeps long keys distinct. */
    static String uuid(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private AccessToken.Issued issueToken() throws SendException {
        ObjectNode request = json.createObjectNode().put("app_id", appId).put("app_secret", appSecret);
        JsonNode answer = call("POST", "auth/v3/tenant_access_token/internal", request, null);
        String issued = answer.path("tenant_access_token").asText(null);
        if (issued == null) {
            throw new SendException("Feishu tenant_access_token answer has no token");
        }
        return new AccessToken.Issued(issued, Duration.ofSeconds(answer.path("expire").asLong(7200)));
    }

    private JsonNode call(String method, String path, ObjectNode payload, String accessToken) throws SendException {
        HttpRequest.Builder request = HttpRequest.newBuilder(apiUrl.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .method(method, HttpRequest.BodyPublishers.ofString(write(payload)));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        String what = "Feishu " + method + " " + path.replaceFirst("\\?.*", "");
        HttpResponse<String> response = http.send(request.build(), what);
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            throw new SendException(what + " answered HTTP " + response.statusCode() + " with something that is not JSON", e);
        }
        if (answer == null || answer.path("code").asInt(-1) != 0) {
            throw new SendException(what + " refused: code " + (answer == null ? "none" : answer.path("code").asText("none"))
                    + " " + (answer == null ? "" : answer.path("msg").asText("")));
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
