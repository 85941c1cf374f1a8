package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.OutboundSocket;
import io.kubemate.connectors.core.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * One long connection for a Feishu / Lark app, for clusters Feishu cannot reach: posts the App ID and App Secret to
 * {@code /callback/ws/endpoint} for a WebSocket URL and a client configuration, connects out, pings every
 * {@code PingInterval}, answers every event frame with {@code {"code":200}} once the handler has taken it (500 when it
 * failed or the event does not read) and hands the event on. After a close it reconnects at a random moment within
 * {@code ReconnectNonce}; failed attempts wait 1, 2, 4 … seconds up to {@code ReconnectInterval}, and it never gives
 * up (see {@link OutboundSocket}), whatever {@code ReconnectCount} says.
 */
public final class FeishuLongConnection implements AutoCloseable, OutboundSocket.Frames {

    private static final Logger LOG = LoggerFactory.getLogger(FeishuLongConnection.class);
    public static final String ENDPOINT_PATH = "/callback/ws/endpoint";

    private final String app;
    private final URI endpoint;
    private final String appId;
    private final String appSecret;
    private final HttpClient http;
    private final ObjectMapper json;
    private final FeishuLongConnectionFrames frames;
    private final Consumer<InboundRequest> handler;
    private final OutboundSocket socket;
    private volatile FeishuClientConfig config = FeishuClientConfig.DEFAULT;
    private volatile int service;

    /** {@code app}: the configured app's name; {@code openApi}: the Open API base, whose host serves the endpoint. */
    public FeishuLongConnection(String app, URI openApi, String appId, String appSecret, HttpClient http, ObjectMapper json,
                                Consumer<InboundRequest> handler, Sleeper sleeper, Clock clock) {
        this.app = app;
        this.endpoint = openApi.resolve(ENDPOINT_PATH);
        this.appId = appId;
        this.appSecret = appSecret;
        this.http = http;
        this.json = json;
        this.frames = new FeishuLongConnectionFrames(json, clock);
        this.handler = handler;
        this.socket = new OutboundSocket("Feishu long connection for " + app, http, this::open, this,
                new OutboundSocket.Pacing(() -> config.reconnectInterval(), this::reconnectPause), sleeper);
    }

    public void start() {
        socket.start();
    }

    @Override
    public void close() {
        socket.close();
    }

    private Duration reconnectPause() {
        int nonce = config.reconnectNonceSeconds();
        return nonce <= 0 ? Duration.ZERO : Duration.ofMillis(ThreadLocalRandom.current().nextLong(nonce * 1000L));
    }

    @Override
    public Optional<OutboundSocket.Outgoing> heartbeat() {
        return Optional.of(new OutboundSocket.Outgoing.Binary(FeishuFrameCodec.encode(FeishuFrame.ping(service))));
    }

    @Override
    public Duration heartbeatEvery() {
        return config.pingInterval();
    }

    @Override
    public OutboundSocket.Reaction text(String message) {
        LOG.debug("Feishu long connection for {}: text message ignored", app);
        return OutboundSocket.Reaction.NONE;
    }

    @Override
    public OutboundSocket.Reaction binary(byte[] bytes) {
        FeishuLongConnectionFrames.Incoming incoming = frames.read(app, bytes, config);
        return switch (incoming) {
            case FeishuLongConnectionFrames.Event event -> answer(event);
            case FeishuLongConnectionFrames.Unreadable unreadable -> {
                LOG.warn("Feishu long connection for {}: event {} skipped: {}", app, unreadable.frame().header("message_id"),
                        unreadable.reason());
                yield reply(frames.answer(unreadable.frame(), 500, Duration.ZERO));
            }
            case FeishuLongConnectionFrames.Pong pong -> {
                if (pong.config() != null) {
                    config = pong.config();
                }
                yield OutboundSocket.Reaction.NONE;
            }
            case FeishuLongConnectionFrames.Nothing nothing -> {
                LOG.trace("Feishu long connection for {}: {}", app, nothing.why());
                yield OutboundSocket.Reaction.NONE;
            }
        };
    }

    /** Feishu wants to know whether the handler took the event, so the answer follows the handing on. */
    private OutboundSocket.Reaction answer(FeishuLongConnectionFrames.Event event) {
        long start = System.nanoTime();
        int code = 200;
        try {
            handler.accept(event.request());
        } catch (RuntimeException e) {
            LOG.warn("Feishu long connection for {}: event {} failed: {}", app, event.frame().header("message_id"), e.toString());
            code = 500;
        }
        return reply(frames.answer(event.frame(), code, Duration.ofNanos(System.nanoTime() - start)));
    }

    private static OutboundSocket.Reaction reply(byte[] frame) {
        return new OutboundSocket.Reaction(List.of(new OutboundSocket.Outgoing.Binary(frame)), false, () -> { });
    }

    private URI open() {
        String credentials = json.createObjectNode().put("AppID", appId).put("AppSecret", appSecret).toString();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(credentials)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(ENDPOINT_PATH + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(ENDPOINT_PATH + " answered HTTP " + response.statusCode());
        }
        JsonNode body = Json.read(json, response.body(), ENDPOINT_PATH + " answer");
        String url = Json.text(body, "data", "URL");
        if (body.path("code").asInt(-1) != 0 || url == null) {
            throw new IllegalStateException(ENDPOINT_PATH + " answered code " + body.path("code").asText() + " " + Json.text(body, "msg"));
        }
        if (body.path("data").path("ClientConfig").isObject()) {
            config = config.updatedBy(body.path("data").path("ClientConfig"));
        }
        URI uri = URI.create(url);
        service = service(uri);
        return uri;
    }

    /** The {@code service_id} query parameter of the connection URL, which pings must carry. */
    private static int service(URI url) {
        String query = url.getRawQuery() == null ? "" : url.getRawQuery();
        for (String pair : query.split("&")) {
            if (pair.startsWith("service_id=")) {
                try {
                    return Integer.parseInt(pair.substring("service_id=".length()));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

}
