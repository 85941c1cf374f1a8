package io.kubemate.connectors.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.ChannelRateLimiter;
import io.kubemate.connectors.core.ChatSender;
import io.kubemate.connectors.core.IdempotentParts;
import io.kubemate.connectors.core.OutboundMessage;
import io.kubemate.connectors.core.Renderer;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.core.SendException;
import io.kubemate.connectors.core.SentLedger;
import io.kubemate.connectors.core.SentMessage;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * {@code chat.postMessage} and {@code chat.update} with a bot token. Each part of a message has its own
 * idempotency key ({@code key#n}) in the ledger and in the message metadata, so a repeated send returns the
 * earlier message instead of posting again.
 */
public final class SlackSender implements ChatSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI apiUrl;
    private final String botToken;
    private final Renderer renderer;
    private final RetryingHttp http;
    private final ChannelRateLimiter limiter;
    private final SentLedger ledger;
    private final ObjectMapper json;

    public SlackSender(URI apiUrl, String botToken, Renderer renderer, RetryingHttp http, ChannelRateLimiter limiter,
                       SentLedger ledger, ObjectMapper json) {
        this.apiUrl = URI.create(apiUrl.toString().endsWith("/") ? apiUrl.toString() : apiUrl + "/");
        this.botToken = botToken;
        this.renderer = renderer;
        this.http = http;
        this.limiter = limiter;
        this.ledger = ledger;
        this.json = json;
    }

    @Override
    public SentMessage post(String channel, String thread, OutboundMessage message, String idempotencyKey) throws SendException {
        List<String> ids = IdempotentParts.post(renderer.render(message), idempotencyKey, ledger, (key, payload) -> {
            payload.put("channel", channel);
            if (thread != null) {
                payload.put("thread_ts", thread);
            }
            ObjectNode metadata = payload.putObject("metadata");
            metadata.put("event_type", "kubemate_message");
            metadata.putObject("event_payload").put("idempotency_key", key);
            return call("chat.postMessage", channel, payload).path("ts").asText();
        });
        IdempotentParts.postAttachments(message.attachments(), idempotencyKey, ledger, file -> upload(channel, thread, file));
        return new SentMessage(channel, ids);
    }

    /**
     * Slack's external upload: {@code files.getUploadURLExternal} (form-encoded) for an upload URL and file id, the
     * bytes POSTed to that URL, then {@code files.completeUploadExternal} shares the file in the channel or thread.
     */
    private String upload(String channel, String thread, OutboundMessage.Attachment file) throws SendException {
        String form = "filename=" + encode(file.filename()) + "&length=" + file.content().length
                + (file.image() ? "&alt_txt=" + encode(file.title()) : "");
        JsonNode ticket = answer("files.getUploadURLExternal", http.send(HttpRequest.newBuilder(apiUrl.resolve("files.getUploadURLExternal"))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + botToken)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), "Slack files.getUploadURLExternal"));
        String uploadUrl = ticket.path("upload_url").asText("");
        String fileId = ticket.path("file_id").asText("");
        if (uploadUrl.isEmpty() || fileId.isEmpty()) {
            throw new SendException("Slack files.getUploadURLExternal answered without upload_url or file_id");
        }
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(uploadUrl)).timeout(TIMEOUT)
                .header("Content-Type", file.mediaType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.content())).build(), "Slack file upload");
        if (uploaded.statusCode() != 200) {
            throw new SendException("Slack file upload answered HTTP " + uploaded.statusCode());
        }
        ObjectNode complete = json.createObjectNode().put("channel_id", channel);
        if (thread != null) {
            complete.put("thread_ts", thread);
        }
        complete.putArray("files").addObject().put("id", fileId).put("title", file.title());
        call("files.completeUploadExternal", channel, complete);
        return fileId;
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
        List<ObjectNode> parts = renderer.render(message);
        for (int i = 0; i < Math.min(parts.size(), sent.ids().size()); i++) {
            ObjectNode payload = parts.get(i).deepCopy();
            payload.put("channel", sent.channel());
            payload.put("ts", sent.ids().get(i));
            call("chat.update", sent.channel(), payload);
        }
    }

    private JsonNode call(String method, String channel, ObjectNode payload) throws SendException {
        try {
            limiter.acquire(channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendException(method + ": interrupted while rate limited", e);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(apiUrl.resolve(method)).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + botToken)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(payload))).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Jackson tree always serializes", e);
        }
        return answer(method, http.send(request, "Slack " + method));
    }

    private JsonNode answer(String method, HttpResponse<String> response) throws SendException {
        if (response.statusCode() != 200) {
            throw new SendException("Slack " + method + " answered HTTP " + response.statusCode());
        }
        try {
            JsonNode answer = json.readTree(response.body().getBytes(StandardCharsets.UTF_8));
            if (!answer.path("ok").asBoolean(false)) {
                throw new SendException("Slack " + method + " refused: " + answer.path("error").asText("no error given"));
            }
            return answer;
        } catch (java.io.IOException e) {
            throw new SendException("Slack " + method + " answered something that is not JSON", e);
        }
    }
}
