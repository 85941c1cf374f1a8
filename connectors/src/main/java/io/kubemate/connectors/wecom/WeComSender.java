package io.kubemate.connectors.wecom;

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
 * The app message API ({@code POST /cgi-bin/message/send}) with an access token from {@code GET /cgi-bin/gettoken}
 * (cached until shortly before it expires). The channel is the person's UserID. Each part's key ({@code key#n}) is
 * kept in the ledger and names the card's {@code task_id}, and WeCom's own duplicate check is on. WeCom answers
 * HTTP 200 with an {@code errcode}; sent app messages cannot be edited here.
 */
public final class WeComSender implements ChatSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI apiUrl;
    private final String corpId;
    private final String secret;
    private final int agentId;
    private final Renderer renderer;
    private final RetryingHttp http;
    private final ChannelRateLimiter limiter;
    private final SentLedger ledger;
    private final ObjectMapper json;
    private final AccessToken token;

    /** {@code apiUrl}: {@code https://qyapi.weixin.qq.com/cgi-bin/}. */
    public WeComSender(URI apiUrl, String corpId, String secret, int agentId, Renderer renderer, RetryingHttp http,
                       ChannelRateLimiter limiter, SentLedger ledger, ObjectMapper json, Clock clock) {
        this.apiUrl = URI.create(apiUrl.toString().endsWith("/") ? apiUrl.toString() : apiUrl + "/");
        this.corpId = corpId;
        this.secret = secret;
        this.agentId = agentId;
        this.renderer = renderer;
        this.http = http;
        this.limiter = limiter;
        this.ledger = ledger;
        this.json = json;
        this.token = new AccessToken(this::issueToken, clock);
    }

    @Override
    public SentMessage post(String channel, String thread, OutboundMessage message, String idempotencyKey) throws SendException {
        List<String> ids = IdempotentParts.post(renderer.render(message), idempotencyKey, ledger, (key, payload) -> {
            payload.put("touser", channel);
            payload.put("agentid", agentId);
            payload.put("enable_duplicate_check", 1);
            payload.put("duplicate_check_interval", 1800);
            if (payload.has("template_card")) {
                ((ObjectNode) payload.get("template_card")).put("task_id", taskId(key));
            }
            limiter.acquireToSend("WeCom", channel);
            HttpRequest request = HttpRequest.newBuilder(apiUrl.resolve("message/send?access_token=" + encode(token.get())))
                    .timeout(TIMEOUT).header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(write(payload))).build();
            return answer(http.send(request, "WeCom message/send"), "message/send").path("msgid").asText();
        });
        return new SentMessage(channel, ids);
    }

    @Override
    public void update(SentMessage sent, OutboundMessage message) throws SendException {
        throw new SendException("WeCom app messages cannot be edited by this connector; post a new message instead");
    }

    /** Unique per send, within WeCom's 128 characters of {@code [a-zA-Z0-9_-@]}. */
    static String taskId(String key) {
        try {
            return "kubemate-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private AccessToken.Issued issueToken() throws SendException {
        HttpRequest request = HttpRequest.newBuilder(apiUrl.resolve("gettoken?corpid=" + encode(corpId) + "&corpsecret=" + encode(secret)))
                .timeout(TIMEOUT).GET().build();
        JsonNode answer = answer(http.send(request, "WeCom gettoken"), "gettoken");
        String issued = answer.path("access_token").asText(null);
        if (issued == null) {
            throw new SendException("WeCom gettoken answer has no access_token");
        }
        return new AccessToken.Issued(issued, Duration.ofSeconds(answer.path("expires_in").asLong(7200)));
    }

    private JsonNode answer(HttpResponse<String> response, String what) throws SendException {
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (IOException e) {
            throw new SendException("WeCom " + what + " answered HTTP " + response.statusCode() + " with something that is not JSON", e);
        }
        if (response.statusCode() != 200 || answer == null || answer.path("errcode").asInt(-1) != 0) {
            throw new SendException("WeCom " + what + " refused: errcode " + (answer == null ? "none" : answer.path("errcode").asText("none"))
                    + " " + (answer == null ? "" : answer.path("errmsg").asText("")));
        }
        return answer;
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
