package io.kubemate.bot.chat.platform;

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
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The WebSocket side of a platform's outbound-connection mode (Slack Socket Mode, DingTalk Stream mode, the Feishu
 * long connection): a Netty server at {@code path} that records the frames and close codes the bot sends, lets the
 * platform's stand-in greet each connection and answer binary frames, and lets the test push frames or hang up.
 */
public final class WebSocketStandIn implements AutoCloseable {

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private final Consumer<Channel> greeting;
    private final BiConsumer<Channel, byte[]> binaryAnswer;
    private final List<String> texts = new CopyOnWriteArrayList<>();
    private final List<byte[]> binaries = new CopyOnWriteArrayList<>();
    private final List<Integer> closes = new CopyOnWriteArrayList<>();
    private final List<Channel> sockets = new CopyOnWriteArrayList<>();

    /** {@code greeting}: sent to each new connection; {@code binaryAnswer}: what the platform does with a binary frame. */
    public WebSocketStandIn(String path, Consumer<Channel> greeting, BiConsumer<Channel, byte[]> binaryAnswer) throws InterruptedException {
        this.greeting = greeting;
        this.binaryAnswer = binaryAnswer;
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                                new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder().websocketPath(path)
                                        .checkStartsWith(true).handleCloseFrames(false).build()), new Frames());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    public WebSocketStandIn(String path) throws InterruptedException {
        this(path, socket -> { }, (socket, bytes) -> { });
    }

    /** {@code ws://127.0.0.1:<port><path>}. */
    public String url(String pathAndQuery) {
        return "ws://127.0.0.1:" + ((InetSocketAddress) server.localAddress()).getPort() + pathAndQuery;
    }

    public List<String> texts() {
        return List.copyOf(texts);
    }

    public List<byte[]> binaries() {
        return List.copyOf(binaries);
    }

    /** The status codes of the close frames the bot sent. */
    public List<Integer> closes() {
        return List.copyOf(closes);
    }

    public int connections() {
        return sockets.size();
    }

    /** Sends a text frame to the newest connection. */
    public void push(String frame) {
        sockets.getLast().writeAndFlush(new TextWebSocketFrame(frame));
    }

    /** Sends bytes as a binary frame to the newest connection. */
    public void push(byte[] frame) {
        sockets.getLast().writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(frame)));
    }

    /** Closes the newest connection from the server's side. */
    public void hangUp(int status, String reason) {
        Channel newest = sockets.getLast();
        newest.writeAndFlush(new CloseWebSocketFrame(status, reason)).addListener(done -> newest.close());
    }

    @Override
    public void close() {
        server.close();
        group.shutdownGracefully();
    }

    private final class Frames extends SimpleChannelInboundHandler<WebSocketFrame> {

        @Override
        public void userEventTriggered(ChannelHandlerContext context, Object event) throws Exception {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
                sockets.add(context.channel());
                greeting.accept(context.channel());
            }
            super.userEventTriggered(context, event);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext context, WebSocketFrame frame) {
            switch (frame) {
                case CloseWebSocketFrame close -> {
                    closes.add(close.statusCode());
                    context.close();
                }
                case TextWebSocketFrame text -> texts.add(text.text());
                case BinaryWebSocketFrame binary -> {
                    byte[] bytes = ByteBufUtil.getBytes(binary.content());
                    binaries.add(bytes);
                    binaryAnswer.accept(context.channel(), bytes);
                }
                default -> { }
            }
        }
    }
}
