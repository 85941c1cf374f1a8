package io.kubemate.bot.chat.platform.feishu;

import io.kubemate.bot.chat.platform.PlatformApiStandIn;
import io.kubemate.bot.chat.platform.WebSocketStandIn;
import io.kubemate.connectors.feishu.FeishuFrame;
import io.kubemate.connectors.feishu.FeishuFrameCodec;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Feishu as far as the long connection uses it: {@code POST /callback/ws/endpoint} answers the URL of a WebSocket and
 * a client configuration; the WebSocket speaks binary {@code pbbp2.Frame}s, answers pings with a pong, records what the
 * client sends (and how it closes), and lets the test push frames. The same HTTP server is the Open API: the tenant
 * access token and message replies, recorded.
 */
final class FeishuLongConnectionStandIn implements AutoCloseable {

    static final int SERVICE = 40612;
    static final String CLIENT_CONFIG = "{\"ReconnectCount\":-1,\"ReconnectInterval\":1,\"ReconnectNonce\":0,\"PingInterval\":1}";

    private final WebSocketStandIn socket;
    private final PlatformApiStandIn api;
    private final AtomicInteger endpointCalls = new AtomicInteger();

    FeishuLongConnectionStandIn() throws InterruptedException, IOException {
        this(0);
    }

    /** {@code refusals}: how many endpoint requests to answer "system busy" first. */
    FeishuLongConnectionStandIn(int refusals) throws InterruptedException, IOException {
        socket = new WebSocketStandIn("/ws", channel -> { }, FeishuLongConnectionStandIn::pong);
        api = new PlatformApiStandIn((path, n) -> {
            if (path.equals("/callback/ws/endpoint")) {
                return endpointCalls.incrementAndGet() <= refusals ? "{\"code\":1,\"msg\":\"system busy\"}"
                        : "{\"code\":0,\"msg\":\"ok\",\"data\":{\"URL\":\"" + socket.url("/ws?device_id=d" + n + "&service_id=" + SERVICE
                        + "&access_key=ak&ticket=tk") + "\",\"ClientConfig\":" + CLIENT_CONFIG + "}}";
            }
            return path.endsWith("/tenant_access_token/internal")
                    ? "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-caecc734c2e3328a62489fe0648c4b98779515d3\",\"expire\":7200}"
                    : "{\"code\":0,\"msg\":\"success\",\"data\":{\"message_id\":\"om_sent" + n + "\"}}";
        });
    }

    private static void pong(Channel channel, byte[] bytes) {
        FeishuFrame frame = FeishuFrameCodec.decode(bytes);
        if (frame.method() == FeishuFrame.CONTROL && "ping".equals(frame.header("type"))) {
            FeishuFrame pong = new FeishuFrame(0, 0, frame.service(), FeishuFrame.CONTROL, List.of(new FeishuFrame.Header("type", "pong")),
                    null, null, CLIENT_CONFIG.getBytes(StandardCharsets.UTF_8), null);
            channel.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(FeishuFrameCodec.encode(pong))));
        }
    }

    String apiUrl() {
        return api.url("/open-apis");
    }

    List<PlatformApiStandIn.Call> calls(String path) {
        return api.calls(path);
    }

    /** The frames the client sent, decoded. */
    List<FeishuFrame> received() {
        return socket.binaries().stream().map(FeishuFrameCodec::decode).toList();
    }

    /** The status codes of the close frames the client sent. */
    List<Integer> closes() {
        return socket.closes();
    }

    int connections() {
        return socket.connections();
    }

    /** Sends bytes, a frame or not, to the newest connection. */
    void push(byte[] bytes) {
        socket.push(bytes);
    }

    /** Closes the newest connection from the server's side. */
    void hangUp() {
        socket.hangUp(1001, "server restarting");
    }

    @Override
    public void close() {
        api.close();
        socket.close();
    }
}
