package io.kubemate.bot.hooks;

import com.sun.net.httpserver.HttpServer;
import io.netty.bootstrap.ServerBootstrap;
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
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * DingTalk as far as Stream mode uses it: {@code POST /v1.0/gateway/connections/open} (a JDK HTTP server) answers
 * the endpoint of a Netty WebSocket server, {@code /connect} (it records what the client sends, and the test pushes
 * frames), the access token, and {@code groupMessages/send} records replies.
 */
final class DingTalkStreamStandIn implements AutoCloseable {

    record Call(String path, String authorization, String body) {
    }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private final HttpServer api;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Channel> sockets = new CopyOnWriteArrayList<>();

    DingTalkStreamStandIn() throws InterruptedException, IOException {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                                new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder().websocketPath("/connect").checkStartsWith(true).build()), new Frames());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(path, exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            String body = path.endsWith("/gateway/connections/open")
                    ? "{\"endpoint\":\"ws://127.0.0.1:" + port() + "/connect\",\"ticket\":\"t-" + calls.size() + "\"}"
                    : path.endsWith("/oauth2/accessToken") ? "{\"accessToken\":\"fw8ef8we8f76e6f7s8df8s\",\"expireIn\":7200}"
                    : "{\"processQueryKey\":\"pqk" + calls.size() + "\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        api.start();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + api.getAddress().getPort();
    }

    List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    List<String> received() {
        return List.copyOf(received);
    }

    int connections() {
        return sockets.size();
    }

    /** Sends a frame to the newest connection. */
    void push(String frame) {
        sockets.getLast().writeAndFlush(new TextWebSocketFrame(frame));
    }

    @Override
    public void close() {
        api.stop(0);
        server.close();
        group.shutdownGracefully();
    }

    private final class Frames extends SimpleChannelInboundHandler<TextWebSocketFrame> {

        @Override
        public void userEventTriggered(ChannelHandlerContext context, Object event) throws Exception {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                sockets.add(context.channel());
            }
            super.userEventTriggered(context, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, TextWebSocketFrame frame) {
            received.add(frame.text());
        }
    }
}
