package io.kubemate.connectors.mattermost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.IdempotentParts;
import io.kubemate.connectors.core.OutboundMessage;
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
import java.time.Duration;
import java.util.List;

/**
 * Posts as the bot account over REST: {@code POST /api/v4/posts} (with {@code root_id} for a thread) and
 * {@code PUT /api/v4/posts/{id}/patch}. The thread root goes into every button's context so a click is answered in
 * the same thread; it is outside the signed token because it grants nothing.
 */
public final class MattermostSender implements ChatSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI server;
    private final String botToken;
    private final MattermostAttachmentRenderer renderer;
    private final RetryingHttp http;
    private final ChannelRateLimiter limiter;
    private final SentLedger ledger;
    private final ObjectMapper json;

    public MattermostSender(URI server, String botToken, MattermostAttachmentRenderer renderer, RetryingHttp http, ChannelRateLimiter limiter,
                            SentLedger ledger, ObjectMapper json) {
        this.server = URI.create(server.toString().endsWith("/") ? server.toString() : server + "/");
        this.botToken = botToken;
        this.renderer = renderer;
        this.http = http;
        this.limiter = limiter;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public SentMessage post(String channel, String thread, OutboundMessage message, String idempotencyKey) throws SendException {
        List<String> ids = IdempotentParts.post(renderer.render(message, channel, thread), idempotencyKey, ledger, (key, post) -> {
            post.put("channel_id", channel);
            if (thread != null) {
                post.put("root_id", thread);
            }
            return call("POST", "api/v4/posts", channel, post, 201).path("id").asText();
        });
        IdempotentParts.postAttachments(message.attachments(), idempotencyKey, ledger, file -> upload(channel, thread, file));
        return new SentMessage(channel, ids);
    }

    /** {@code POST /api/v4/files} with the file as the body (servers 4.8+), then a post carrying its file id. */
    private String upload(String channel, String thread, OutboundMessage.Attachment file) throws SendException {
        String path = "api/v4/files?channel_id=" + encode(channel) + "&filename=" + encode(file.filename());
        HttpRequest upload = HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + botToken)
                .header("Content-Type", file.mediaType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.content())).build();
        String fileId = answer(http.send(upload, "Mattermost POST /api/v4/files"), "POST /api/v4/files", 201)
                .path("file_infos").path(0).path("id").asText("");
        if (fileId.isEmpty()) {
            throw new SendException("Mattermost POST /api/v4/files answered without a file id");
        }
        ObjectNode post = json.createObjectNode().put("channel_id", channel).put("message", file.title());
        if (thread != null) {
            post.put("root_id", thread);
        }
        post.putArray("file_ids").add(fileId);
        return call("POST", "api/v4/posts", channel, post, 201).path("id").asText();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public boolean uploadsFiles() {
        return true;
    }

    @Override
    public void update(SentMessage sent, OutboundMessage message) throws SendException {
        List<ObjectNode> parts = renderer.render(message, sent.channel(), null);
        for (int i = 0; i < Math.min(parts.size(), sent.ids().size()); i++) {
            call("PUT", "api/v4/posts/" + sent.ids().get(i) + "/patch", sent.channel(), parts.get(i), 200);
        }
    }

    private JsonNode call(String method, String path, String channel, ObjectNode body, int expected) throws SendException {
        try {
            limiter.acquire(channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendException("Mattermost " + path + ": interrupted while rate limited", e);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + botToken)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Jackson tree always serializes", e);
        }
        return answer(http.send(request, "Mattermost " + method + " /" + path), method + " /" + path, expected);
    }

    private JsonNode answer(HttpResponse<String> response, String what, int expected) throws SendException {
        if (response.statusCode() != expected && response.statusCode() != 200) {
            throw new SendException("Mattermost " + what + " answered HTTP " + response.statusCode() + ": "
                    + message(response.body()));
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new SendException("Mattermost answered something that is not JSON", e);
        }
    }

    private String message(String body) {
        try {
            return json.readTree(body).path("message").asText(body);
        } catch (IOException e) {
            return body;
        }
    }
}
