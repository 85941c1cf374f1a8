package io.kubemate.bot.chat.platform.dingtalk;

import io.kubemate.bot.chat.platform.PlatformApiStandIn;
import io.kubemate.bot.chat.platform.WebSocketStandIn;

import java.io.IOException;
import java.util.List;

/**
 * DingTalk as far as Stream mode uses it: {@code POST /v1.0/gateway/connections/open} answers the endpoint of a
 * WebSocket, {@code /connect} (it records what the client sends, and the test pushes frames), the access token, and
 * {@code groupMessages/send} records replies.
 */
final class DingTalkStreamStandIn implements AutoCloseable {

    private final WebSocketStandIn socket;
    private final PlatformApiStandIn api;

    DingTalkStreamStandIn() throws InterruptedException, IOException {
        socket = new WebSocketStandIn("/connect");
        api = new PlatformApiStandIn((path, n) -> path.endsWith("/gateway/connections/open")
                ? "{\"endpoint\":\"" + socket.url("/connect") + "\",\"ticket\":\"t-" + n + "\"}"
                : path.endsWith("/oauth2/accessToken") ? "{\"accessToken\":\"fw8ef8we8f76e6f7s8df8s\",\"expireIn\":7200}"
                : "{\"processQueryKey\":\"pqk" + n + "\"}");
    }

    String apiUrl() {
        return api.url("");
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
