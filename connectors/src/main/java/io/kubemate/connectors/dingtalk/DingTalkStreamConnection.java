package io.kubemate.connectors.dingtalk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * One Stream mode connection for a robot, for clusters DingTalk cannot reach: asks
 * {@code POST /v1.0/gateway/connections/open} with the AppKey and AppSecret for an endpoint and ticket, connects out to
 * it, acknowledges every frame at once and hands the robot's messages on. It reconnects when DingTalk asks
 * ({@code disconnect}) or the connection drops, waiting 1, 2, 4 … up to 30 seconds between failed attempts.
 */
public final class DingTalkStreamConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DingTalkStreamConnection.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final String workspace;
    private final URI api;
    private final String appKey;
    private final String appSecret;
    private final HttpClient http;
    private final ObjectMapper json;
    private final DingTalkStreamFrames frames;
    private final Consumer<DingTalkStreamFrames.Frame> handler;
    private final Sleeper sleeper;
    private volatile boolean closed;
    private volatile WebSocket socket;
    private Thread loop;

    /** {@code robot}: the configured robot's name; {@code api}: the OpenAPI base, {@code https://api.dingtalk.com}. */
    public DingTalkStreamConnection(String robot, URI api, String appKey, String appSecret, HttpClient http, ObjectMapper json,
                                    Consumer<DingTalkStreamFrames.Frame> handler, Sleeper sleeper) {
        this.workspace = robot;
        this.api = api;
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.http = http;
        this.json = json;
        this.frames = new DingTalkStreamFrames(json);
        this.handler = handler;
        this.sleeper = sleeper;
    }

    public synchronized void start() {
        if (loop == null) {
            loop = Thread.ofVirtual().name("dingtalk-stream-" + workspace).start(this::run);
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
                LOG.warn("DingTalk Stream mode for {}: {}; retrying in {} s", workspace, e.getMessage(), backoff.toSeconds());
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
        // The JDK WebSocket allows one send at a time: each answer waits for the one before it.
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
            DingTalkStreamFrames.Frame frame;
            try {
                frame = frames.read(workspace, raw);
            } catch (RuntimeException e) {
                LOG.warn("DingTalk Stream mode for {}: unreadable frame dropped: {}", workspace, e.getMessage());
                return;
            }
            if (frame.reply() != null) {
                String reply = frame.reply();
                sending = sending.handle((done, failed) -> null).thenCompose(ignored -> webSocket.sendText(reply, true));
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
            LOG.warn("DingTalk Stream mode for {}: {}", workspace, error.toString());
            ended.countDown();
        }
    }
}
