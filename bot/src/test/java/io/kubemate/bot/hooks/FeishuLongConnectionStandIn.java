package io.kubemate.bot.hooks;

import com.sun.net.httpserver.HttpServer;
import io.kubemate.connectors.feishu.FeishuFrame;
import io.kubemate.connectors.feishu.FeishuFrameCodec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Feishu as far as the long connection uses it: {@code POST /callback/ws/endpoint} (a JDK HTTP server) answers the URL
 * of a Netty WebSocket server and a client configuration; the WebSocket speaks binary {@code pbbp2.Frame}s, answers
 * pings with a pong, records what the client sends (and how it closes), and lets the test push frames. The same HTTP
 * server is the Open API: the tenant access token and message replies, recorded.
 */
final class FeishuLongConnectionStandIn implements AutoCloseable {

    static final int SERVICE = 40612;
    static final String CLIENT_CONFIG = "{\"ReconnectCount\":-1,\"ReconnectInterval\":1,\"ReconnectNonce\":0,\"PingInterval\":1}";

    record Call(String path, String body) {
    }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private final HttpServer api;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<FeishuFrame> received = new CopyOnWriteArrayList<>();
    private final List<Integer> closes = new CopyOnWriteArrayList<>();
    private final List<Channel> sockets = new CopyOnWriteArrayList<>();

    FeishuLongConnectionStandIn() throws InterruptedException, IOException {
        this(0);
    }

    /** {@code refusals}: how many endpoint requests to answer "system busy" first. */
    FeishuLongConnectionStandIn(int refusals) throws InterruptedException, IOException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                                new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder().websocketPath("/ws")
                                        .checkStartsWith(true).handleCloseFrames(false).build()), new Frames());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(path, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            boolean endpoint = path.equals("/callback/ws/endpoint");
            String body = endpoint && calls(path).size() <= refusals ? "{\"code\":1,\"msg\":\"system busy\"}"
                    : endpoint ? "{\"code\":0,\"msg\":\"ok\",\"data\":{\"URL\":\"ws://127.0.0.1:" + port() + "/ws?device_id=d" + calls.size()
                    + "&service_id=" + SERVICE + "&access_key=ak&ticket=tk\",\"ClientConfig\":" + CLIENT_CONFIG + "}}"
                    : path.endsWith("/tenant_access_token/internal")
                    ? "{\"code\":0,\"msg\":\"ok\",\"tenant_access_token\":\"t-caecc734c2e3328a62489fe0648c4b98779515d3\",\"expire\":7200}"
                    : "{\"code\":0,\"msg\":\"success\",\"data\":{\"message_id\":\"om_sent" + calls.size() + "\"}}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        api.start();
    }

    private int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + api.getAddress().getPort() + "/open-apis";
    }

    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    /** The frames the client sent, decoded. */
    List<FeishuFrame> received() {
        return List.copyOf(received);
    }

    /** The status codes of the close frames the client sent. */
    List<Integer> closes() {
        return List.copyOf(closes);
    }

    int connections() {
        return sockets.size();
    }

    /** Sends bytes, a frame or not, to the newest connection. */
    void push(byte[] bytes) {
        sockets.getLast().writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(bytes)));
    }

    /** Closes the newest connection from the server's side. */
    void hangUp() {
        sockets.getLast().writeAndFlush(new CloseWebSocketFrame(1001, "server restarting")).addListener(done -> sockets.getLast().close());
    }

    @Override
    public void close() {
        api.stop(0);
        server.close();
        group.shutdownGracefully();
    }

    private final class Frames extends SimpleChannelInboundHandler<WebSocketFrame> {

        @Override
        public void userEventTriggered(ChannelHandlerContext context, Object event) throws Exception {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                sockets.add(context.channel());
            }
            super.userEventTriggered(context, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, WebSocketFrame message) {
            if (message instanceof CloseWebSocketFrame close) {
                closes.add(close.statusCode());
                context.close();
                return;
            }
            if (!(message instanceof BinaryWebSocketFrame)) {
                return;
            }
            FeishuFrame frame = FeishuFrameCodec.decode(ByteBufUtil.getBytes(message.content()));
            received.add(frame);
            if (frame.method() == FeishuFrame.CONTROL && "ping".equals(frame.header("type"))) {
                FeishuFrame pong = new FeishuFrame(0, 0, frame.service(), FeishuFrame.CONTROL, List.of(new FeishuFrame.Header("type", "pong")),
                        null, null, CLIENT_CONFIG.getBytes(StandardCharsets.UTF_8), null);
                context.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(FeishuFrameCodec.encode(pong))));
            }
        }
    }
}
