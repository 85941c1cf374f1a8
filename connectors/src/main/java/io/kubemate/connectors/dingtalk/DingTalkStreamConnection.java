package io.kubemate.connectors.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.OutboundSocket;
import io.kubemate.connectors.core.Sleeper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * One Stream mode connection for a robot, for clusters DingTalk cannot reach: asks
 * {@code POST /v1.0/gateway/connections/open} with the AppKey and AppSecret for an endpoint and ticket, connects out to
 * it, acknowledges every frame at once and hands the robot's messages on; it connects again when DingTalk asks
 * ({@code disconnect}) or the connection drops ({@link OutboundSocket}).
 */
public final class DingTalkStreamConnection implements AutoCloseable {

    private final String appKey;
    private final String appSecret;
    private final URI api;
    private final HttpClient http;
    private final ObjectMapper json;
    private final String robot;
    private final DingTalkStreamFrames frames;
    private final Consumer<DingTalkStreamFrames.Frame> handler;
    private final OutboundSocket socket;

    /** {@code robot}: the configured robot's name; {@code api}: the OpenAPI base, {@code https://api.dingtalk.com}. */
    public DingTalkStreamConnection(String robot, URI api, String appKey, String appSecret, HttpClient http, ObjectMapper json,
                                    Consumer<DingTalkStreamFrames.Frame> handler, Sleeper sleeper) {
        this.robot = robot;
        this.api = api;
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.http = http;
        this.json = json;
        this.frames = new DingTalkStreamFrames(json);
        this.handler = handler;
        this.socket = new OutboundSocket("DingTalk Stream mode for " + robot, http, this::openUrl, this::react, sleeper);
    }

    public void start() {
        socket.start();
    }

    private OutboundSocket.Reaction react(String raw) {
        DingTalkStreamFrames.Frame frame = frames.read(robot, raw);
        List<OutboundSocket.Outgoing> replies = frame.reply() == null ? List.of() : List.of(new OutboundSocket.Outgoing.Text(frame.reply()));
        return new OutboundSocket.Reaction(replies, frame.disconnect(), () -> handler.accept(frame));
    }

    private URI openUrl() {
        ObjectNode open = json.createObjectNode().put("clientId", appKey).put("clientSecret", appSecret).put("ua", "kubemate");
        open.putArray("subscriptions").addObject().put("type", "CALLBACK").put("topic", DingTalkStreamFrames.ROBOT_TOPIC);
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.toString().replaceAll("/$", "") + "/v1.0/gateway/connections/open"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(open.toString())).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("connections/open failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        JsonNode body = Json.read(json, response.body(), "connections/open answer");
        String endpoint = Json.text(body, "endpoint");
        String ticket = Json.text(body, "ticket");
        if (response.statusCode() != 200 || endpoint == null || ticket == null) {
            throw new IllegalStateException("connections/open answered " + response.statusCode() + " " + String.valueOf(Json.text(body, "message")));
        }
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + "ticket=" + URLEncoder.encode(ticket, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        socket.close();
    }
}
