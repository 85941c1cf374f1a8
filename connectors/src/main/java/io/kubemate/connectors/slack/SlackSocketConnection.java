package io.kubemate.connectors.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * One Socket Mode connection for a workspace, for clusters Slack cannot reach: asks {@code apps.connections.open}
 * with the app-level token ({@code xapp-…}) for a WebSocket URL, connects out to it, acknowledges every envelope
 * at once and hands its request on. It reconnects when Slack asks ({@code disconnect}) or the connection drops,
 * waiting 1, 2, 4 … up to 30 seconds between failed attempts.
 */
public final class SlackSocketConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSocketConnection.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final String workspace;
    private final URI api;
    private final String appToken;
    private final HttpClient http;
    private final ObjectMapper json;
    private final SlackSocketFrames frames;
    private final Consumer<SlackSocketFrames.Frame> handler;
    private final Sleeper sleeper;
    private volatile boolean closed;
    private volatile WebSocket socket;
    private Thread loop;

    public SlackSocketConnection(String workspace, URI api, String appToken, HttpClient http, ObjectMapper json,
                                 Consumer<SlackSocketFrames.Frame> handler, Sleeper sleeper) {
        this.workspace = workspace;
        this.api = api;
        this.appToken = appToken;
        this.http = http;
        this.json = json;
        this.frames = new SlackSocketFrames(json);
        this.handler = handler;
        this.sleeper = sleeper;
    }

    public synchronized void start() {
        if (loop == null) {
            loop = Thread.ofVirtual().name("slack-socket-" + workspace).start(this::run);
        }
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        while (!closed) {
            try {
                CountDownLatch ended = new CountDownLatch(1);
                socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                        .buildAsync(openUrl(), new Listener(ended)).join();
                backoff = Duration.ofSeconds(1);
                ended.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Slack Socket Mode for {}: {}; retrying in {} s", workspace, e.getMessage(), backoff.toSeconds());
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
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
        closed = true;
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
        if (loop != null) {
            loop.interrupt();
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final CountDownLatch ended;
        private final StringBuilder text = new StringBuilder();
        private CompletableFuture<WebSocket> sending = CompletableFuture.completedFuture(null);

        Listener(CountDownLatch ended) {
            this.ended = ended;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String frame = text.toString();
                text.setLength(0);
                receive(webSocket, frame);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        private void receive(WebSocket webSocket, String raw) {
            SlackSocketFrames.Frame frame;
            try {
                frame = frames.read(workspace, raw);
            } catch (RuntimeException e) {
                LOG.warn("Slack Socket Mode for {}: unreadable frame dropped: {}", workspace, e.getMessage());
                return;
            }
            if (frame.envelopeId() != null) {
                // the JDK WebSocket allows one send at a time: each acknowledgement waits for the one before
                String ack = frames.ack(frame.envelopeId());
                sending = sending.exceptionally(failed -> webSocket).thenCompose(previous -> webSocket.sendText(ack, true));
            }
            if (frame.disconnect()) {
                webSocket.abort();
                ended.countDown();
                return;
            }
            handler.accept(frame);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            ended.countDown();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            LOG.warn("Slack Socket Mode for {}: {}", workspace, error.toString());
            ended.countDown();
        }
    }
}
