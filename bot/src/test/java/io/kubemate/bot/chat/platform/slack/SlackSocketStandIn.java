package io.kubemate.bot.chat.platform.slack;

import io.kubemate.bot.chat.platform.PlatformApiStandIn;
import io.kubemate.bot.chat.platform.WebSocketStandIn;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

import java.io.IOException;
import java.util.List;

/**
 * Slack as far as Socket Mode uses it: {@code POST /api/apps.connections.open} answers the URL of a WebSocket,
 * {@code /link} (it says hello, records what the app sends, and the test pushes envelopes), and
 * {@code chat.postMessage} records replies.
 */
final class SlackSocketStandIn implements AutoCloseable {

    private final WebSocketStandIn socket;
    private final PlatformApiStandIn api;

    SlackSocketStandIn() throws InterruptedException, IOException {
        socket = new WebSocketStandIn("/link", channel -> channel.writeAndFlush(new TextWebSocketFrame(
                "{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A1\"}}")), (channel, bytes) -> { });
        api = new PlatformApiStandIn((path, n) -> path.endsWith("/apps.connections.open")
                ? "{\"ok\":true,\"url\":\"" + socket.url("/link?ticket=t-" + n) + "\"}"
                : "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1764000200." + n + "\"}");
    }

    String apiUrl() {
        return api.url("/api");
    }

    List<PlatformApiStandIn.Call> calls(String path) {
        return api.calls(path);
    }

    List<String> received() {
        return socket.texts();
    }

    int connections() {
        return socket.connections();
    }

    /** Sends a frame to the newest connection. */
    void push(String frame) {
        socket.push(frame);
    }

    @Override
    public void close() {
        api.close();
        socket.close();
    }
}
