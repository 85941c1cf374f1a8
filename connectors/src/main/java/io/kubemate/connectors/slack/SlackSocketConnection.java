package io.kubemate.connectors.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.OutboundSocket;
import io.kubemate.connectors.core.Sleeper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * One Socket Mode connection for a workspace, for clusters Slack cannot reach: asks {@code apps.connections.open}
 * with the app-level token ({@code xapp-…}) for a WebSocket URL, connects out to it, acknowledges every envelope
 * at once and hands its request on; it connects again when Slack asks ({@code disconnect}) or the connection drops
 * ({@link OutboundSocket}).
 */
public final class SlackSocketConnection implements AutoCloseable {

    private final String workspace;
    private final URI api;
    private final String appToken;
    private final HttpClient http;
    private final ObjectMapper json;
    private final SlackSocketFrames frames;
    private final Consumer<SlackSocketFrames.Frame> handler;
    private final OutboundSocket socket;

    public SlackSocketConnection(String workspace, URI api, String appToken, HttpClient http, ObjectMapper json,
                                 Consumer<SlackSocketFrames.Frame> handler, Sleeper sleeper) {
        this.workspace = workspace;
        this.api = api;
        this.appToken = appToken;
        this.http = http;
        this.json = json;
        this.frames = new SlackSocketFrames(json);
        this.handler = handler;
        this.socket = new OutboundSocket("Slack Socket Mode for " + workspace, http, this::openUrl, this::react, sleeper);
    }

    public void start() {
        socket.start();
    }

    private OutboundSocket.Reaction react(String raw) {
        SlackSocketFrames.Frame frame = frames.read(workspace, raw);
        List<OutboundSocket.Outgoing> acks = frame.envelopeId() == null ? List.of()
                : List.of(new OutboundSocket.Outgoing.Text(frames.ack(frame.envelopeId())));
        return new OutboundSocket.Reaction(acks, frame.disconnect(), () -> handler.accept(frame));
    }

    private URI openUrl() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.toString().replaceAll("/$", "") + "/apps.connections.open"))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + appToken)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("apps.connections.open failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        JsonNode body = Json.read(json, response.body(), "apps.connections.open answer");
        String url = Json.text(body, "url");
        if (response.statusCode() != 200 || !body.path("ok").asBoolean() || url == null) {
            throw new IllegalStateException("apps.connections.open answered " + response.statusCode() + " "
                    + String.valueOf(Json.text(body, "error")));
        }
        return URI.create(url);
    }

    @Override
    public void close() {
        socket.close();
    }
}
