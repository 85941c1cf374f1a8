package io.kubemate.connectors.feishu;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.connectors.core.InboundRequest;
import io.kubemate.connectors.core.Json;
import io.kubemate.connectors.core.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One long connection for a Feishu / Lark app, for clusters Feishu cannot reach: posts the App ID and App Secret to
 * {@code /callback/ws/endpoint} for a WebSocket URL and a client configuration, connects out, pings every
 * {@code PingInterval}, answers every event frame with {@code {"code":200}} once the handler has taken it (500 when it
 * failed or the event does not read) and hands the event on. After a close it reconnects at a random moment within
 * {@code ReconnectNonce}; failed attempts wait 1, 2, 4 … seconds up to {@code ReconnectInterval}, and it never gives
 * up (a bot that stopped listening would fail silently), whatever {@code ReconnectCount} says.
 */
public final class FeishuLongConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeishuLongConnection.class);
    public static final String ENDPOINT_PATH = "/callback/ws/endpoint";

    private record Endpoint(URI url, int service) {
    }

    private final String app;
    private final URI endpoint;
    private final String appId;
    private final String appSecret;
    private final HttpClient http;
    private final ObjectMapper json;
    private final FeishuLongConnectionFrames frames;
    private final Consumer<InboundRequest> handler;
    private final Sleeper sleeper;
    private volatile FeishuClientConfig config = FeishuClientConfig.DEFAULT;
    private volatile boolean closed;
    private volatile Session session;
    private Thread loop;

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
        this.sleeper = sleeper;
    }

    public synchronized void start() {
        if (loop == null) {
            loop = Thread.ofVirtual().name("feishu-long-connection-" + app).start(this::run);
        }
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        while (!closed) {
            try {
                Endpoint target = open();
                Session current = new Session(target.service());
                session = current;
                current.opened(http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(target.url(), current).join());
                backoff = Duration.ofSeconds(1);
                if (closed) {
                    current.close();
                    return;
                }
                current.pingUntilEnded();
                if (!closed && config.reconnectNonceSeconds() > 0) {
                    sleeper.sleep(Duration.ofMillis(ThreadLocalRandom.current().nextLong(config.reconnectNonceSeconds() * 1000L)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Feishu long connection for {}: {}; retrying in {} s", app, reason(e), backoff.toSeconds());
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                Duration longest = config.reconnectInterval();
                backoff = backoff.multipliedBy(2).compareTo(longest) > 0 ? longest : backoff.multipliedBy(2);
            }
        }
    }

    private static String reason(RuntimeException e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof WebSocketHandshakeException refused) {
            HttpResponse<?> response = refused.getResponse();
            return "handshake refused with " + response.statusCode() + " "
                    + response.headers().firstValue("handshake-msg").orElse("");
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private Endpoint open() {
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
        return new Endpoint(uri, service(uri));
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

    @Override
    public void close() {
        closed = true;
        Session open = session;
        if (open != null) {
            open.close();
        }
        if (loop != null) {
            loop.interrupt();
        }
    }

    /** One WebSocket connection: reads binary frames, and sends answers and pings one at a time as the JDK requires. */
    private final class Session implements WebSocket.Listener {

        private final int service;
        private final CountDownLatch ended = new CountDownLatch(1);
        private final ByteArrayOutputStream message = new ByteArrayOutputStream();
        private CompletableFuture<WebSocket> sending;
        private WebSocket socket;

        Session(int service) {
            this.service = service;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            opened(webSocket);
            LOG.info("Feishu long connection for {} open", app);
            webSocket.request(1);
        }

        synchronized void opened(WebSocket webSocket) {
            if (socket == null) {
                socket = webSocket;
                sending = CompletableFuture.completedFuture(webSocket);
            }
        }

        void pingUntilEnded() throws InterruptedException {
            do {
                send(FeishuFrameCodec.encode(FeishuFrame.ping(service)));
            } while (!ended.await(config.pingInterval().toMillis(), TimeUnit.MILLISECONDS));
        }

        private synchronized void send(byte[] frame) {
            WebSocket open = socket;
            if (open != null) {
                sending = sending.exceptionally(failed -> open).thenCompose(previous -> open.sendBinary(ByteBuffer.wrap(frame), true));
            }
        }

        synchronized void close() {
            WebSocket open = socket;
            if (open == null) {
                return;
            }
            try {
                sending.exceptionally(failed -> open).thenCompose(previous -> open.sendClose(WebSocket.NORMAL_CLOSURE, "shutdown"))
                        .get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.debug("Feishu long connection for {}: close not acknowledged: {}", app, e.toString());
            }
            open.abort();
            ended.countDown();
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            message.writeBytes(chunk);
            if (last) {
                byte[] whole = message.toByteArray();
                message.reset();
                receive(whole);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            LOG.debug("Feishu long connection for {}: text message ignored", app);
            webSocket.request(1);
            return null;
        }

        private void receive(byte[] bytes) {
            FeishuLongConnectionFrames.Incoming incoming;
            try {
                incoming = frames.read(app, bytes, config);
            } catch (RuntimeException e) {
                LOG.warn("Feishu long connection for {}: frame skipped: {}", app, e.getMessage());
                return;
            }
            switch (incoming) {
                case FeishuLongConnectionFrames.Event event -> handle(event);
                case FeishuLongConnectionFrames.Unreadable unreadable -> {
                    LOG.warn("Feishu long connection for {}: event {} skipped: {}", app, unreadable.frame().header("message_id"),
                            unreadable.reason());
                    send(frames.answer(unreadable.frame(), 500, Duration.ZERO));
                }
                case FeishuLongConnectionFrames.Pong pong -> {
                    if (pong.config() != null) {
                        config = pong.config();
                    }
                }
                case FeishuLongConnectionFrames.Nothing nothing -> LOG.trace("Feishu long connection for {}: {}", app, nothing.why());
            }
        }

        private void handle(FeishuLongConnectionFrames.Event event) {
            long start = System.nanoTime();
            int code = 200;
            try {
                handler.accept(event.request());
            } catch (RuntimeException e) {
                LOG.warn("Feishu long connection for {}: event {} failed: {}", app, event.frame().header("message_id"), e.toString());
                code = 500;
            }
            send(frames.answer(event.frame(), code, Duration.ofNanos(System.nanoTime() - start)));
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            LOG.info("Feishu long connection for {} closed: {} {}", app, statusCode, reason);
            ended.countDown();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            LOG.warn("Feishu long connection for {}: {}", app, error.toString());
            ended.countDown();
        }
    }
}
