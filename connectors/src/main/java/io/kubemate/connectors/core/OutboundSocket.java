package io.kubemate.connectors.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A WebSocket the bot opens to a chat platform, for clusters the platform cannot reach (Slack Socket Mode, DingTalk
 * Stream mode, the Feishu long connection): asks the platform for an address, connects out, hands every whole message
 * to the platform's {@link Frames}, sends what they answer and their heartbeat, one send at a time. It reconnects when
 * the platform asks or the connection drops, never giving up (a bot that stopped listening would fail silently):
 * failed attempts wait 1, 2, 4 … seconds up to the {@link Pacing}'s longest back-off. On close it says goodbye (1000).
 */
public final class OutboundSocket implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboundSocket.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration GOODBYE = Duration.ofSeconds(2);

    /** A platform's side of the connection: what each whole message means and what to answer. */
    public interface Frames {

        Reaction text(String message);

        default Reaction binary(byte[] message) {
            throw new IllegalArgumentException("a binary frame, where only text frames are expected");
        }

        /** What to send as soon as the connection opens and then every {@link #heartbeatEvery()}; none by default. */
        default Optional<Outgoing> heartbeat() {
            return Optional.empty();
        }

        default Duration heartbeatEvery() {
            return Duration.ofMinutes(2);
        }
    }

    /** How long to wait: the longest back-off between failed attempts, and a pause after a connection ended. */
    public record Pacing(Supplier<Duration> longestBackoff, Supplier<Duration> pauseAfterClose) {

        public static final Pacing DEFAULT = new Pacing(() -> Duration.ofSeconds(30), () -> Duration.ZERO);
    }

    /** A message to send back. */
    public sealed interface Outgoing {

        record Text(String text) implements Outgoing {
        }

        record Binary(byte[] bytes) implements Outgoing {
        }
    }

    /**
     * What to send back for one message, in order (acknowledgements first), whether the platform asked to connect
     * again, and what to hand on once the answers are on their way ({@code deliver}; skipped when reconnecting).
     */
    public record Reaction(List<Outgoing> send, boolean reconnect, Runnable deliver) {

        public static final Reaction NONE = new Reaction(List.of(), false, () -> { });

        public Reaction {
            send = List.copyOf(send);
        }
    }

    private final String name;
    private final HttpClient http;
    private final Supplier<URI> address;
    private final Frames frames;
    private final Pacing pacing;
    private final Sleeper sleeper;
    private volatile boolean closed;
    private volatile WebSocket socket;
    private volatile CountDownLatch connected;
    // the JDK WebSocket allows one send at a time: each send waits for the one before it
    private CompletableFuture<WebSocket> sending = CompletableFuture.completedFuture(null);
    private Thread loop;

    /**
     * {@code name} says which platform and account in the log; {@code address} asks the platform where to connect
     * (a {@link RuntimeException} with the reason when it refuses).
     */
    public OutboundSocket(String name, HttpClient http, Supplier<URI> address, Frames frames, Sleeper sleeper) {
        this(name, http, address, frames, Pacing.DEFAULT, sleeper);
    }

    public OutboundSocket(String name, HttpClient http, Supplier<URI> address, Frames frames, Pacing pacing, Sleeper sleeper) {
        this.name = name;
        this.http = http;
        this.address = address;
        this.frames = frames;
        this.pacing = pacing;
        this.sleeper = sleeper;
    }

    public synchronized void start() {
        if (loop == null) {
            loop = Thread.ofVirtual().name(name.replace(' ', '-')).start(this::run);
        }
    }

    /** Sends on the open connection after anything sent before (a heartbeat); dropped while disconnected. */
    public void send(Outgoing message) {
        WebSocket open = socket;
        if (open != null) {
            send(open, message);
        }
    }

    private synchronized void send(WebSocket webSocket, Outgoing message) {
        sending = sending.exceptionally(failed -> webSocket).thenCompose(previous -> switch (message) {
            case Outgoing.Text text -> webSocket.sendText(text.text(), true);
            case Outgoing.Binary binary -> webSocket.sendBinary(ByteBuffer.wrap(binary.bytes()), true);
        });
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (!closed) {
            try {
                CountDownLatch ended = new CountDownLatch(1);
                connected = ended;
                socket = http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT)
                        .buildAsync(address.get(), new Listener(ended)).join();
                backoff = FIRST_BACKOFF;
                if (closed) {
                    goodbye();
                    return;
                }
                keepAlive(ended);
                if (!closed && pacing.pauseAfterClose().get().isPositive()) {
                    sleeper.sleep(pacing.pauseAfterClose().get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("{}: {}; retrying in {} s", name, reason(e), backoff.toSeconds());
                try {
                    sleeper.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                Duration longest = pacing.longestBackoff().get();
                backoff = backoff.multipliedBy(2).compareTo(longest) > 0 ? longest : backoff.multipliedBy(2);
            }
        }
    }

    /** Waits for the connection to end, sending the heartbeat at once and then at its interval. */
    private void keepAlive(CountDownLatch ended) throws InterruptedException {
        if (frames.heartbeat().isEmpty()) {
            ended.await();
            return;
        }
        do {
            frames.heartbeat().ifPresent(this::send);
        } while (!ended.await(frames.heartbeatEvery().toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Why connecting failed, with the platform's answer to a refused handshake. */
    private static String reason(RuntimeException e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof WebSocketHandshakeException refused) {
            HttpResponse<?> response = refused.getResponse();
            return "handshake refused with HTTP " + response.statusCode() + response.headers().firstValue("handshake-msg")
                    .map(message -> " " + message).orElse("");
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    @Override
    public void close() {
        closed = true;
        goodbye();
        if (loop != null) {
            loop.interrupt();
        }
    }

    /** A normal close after what is already being sent, then the connection is dropped. */
    private void goodbye() {
        WebSocket open = socket;
        if (open == null) {
            return;
        }
        CompletableFuture<WebSocket> last;
        synchronized (this) {
            last = sending.exceptionally(failed -> open).thenCompose(previous -> open.sendClose(WebSocket.NORMAL_CLOSURE, "shutdown"));
        }
        try {
            last.get(GOODBYE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("{}: close not acknowledged: {}", name, e.toString());
        }
        open.abort();
        CountDownLatch ended = connected;
        if (ended != null) {
            ended.countDown();
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final CountDownLatch ended;
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream binary = new ByteArrayOutputStream();

        Listener(CountDownLatch ended) {
            this.ended = ended;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            LOG.info("{}: connected", name);
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                react(webSocket, () -> frames.text(message));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] part = new byte[data.remaining()];
            data.get(part);
            binary.writeBytes(part);
            if (last) {
                byte[] message = binary.toByteArray();
                binary.reset();
                react(webSocket, () -> frames.binary(message));
            }
            webSocket.request(1);
            return null;
        }

        private void react(WebSocket webSocket, Supplier<Reaction> read) {
            Reaction reaction;
            try {
                reaction = read.get();
            } catch (RuntimeException e) {
                LOG.warn("{}: unreadable frame dropped: {}", name, e.getMessage());
                return;
            }
            reaction.send().forEach(message -> send(webSocket, message));
            if (reaction.reconnect()) {
                webSocket.abort();
                ended.countDown();
                return;
            }
            reaction.deliver().run();
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            LOG.info("{}: closed by the platform: {} {}", name, statusCode, reason);
            ended.countDown();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            LOG.warn("{}: {}", name, error.toString());
            ended.countDown();
        }
    }
}
