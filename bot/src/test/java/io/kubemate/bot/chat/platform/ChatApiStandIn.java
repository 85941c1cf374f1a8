package io.kubemate.bot.chat.platform;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's Web API and Mattermost's REST API, as far as the bot uses them: records posts and answers with ids; file
 * uploads get Slack's upload URL (served here too) and Mattermost's file infos.
 */
public final class ChatApiStandIn implements AutoCloseable {

    public record Call(String method, String path, String body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();

    public ChatApiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(exchange.getRequestMethod(), path, body));
            int id = ids.incrementAndGet();
            String answer = switch (path) {
                case "/api/v4/files" -> "{\"file_infos\":[{\"id\":\"file" + id + "\"}],\"client_ids\":[]}";
                case "/api/files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"" + url("/upload/F" + id) + "\",\"file_id\":\"F" + id + "\"}";
                default -> path.startsWith("/api/v4/") ? "{\"id\":\"post" + id + "\"}"
                        : "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1764000100." + id + "\"}";
            };
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(path.equals("/api/v4/posts") || path.equals("/api/v4/files") ? 201 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public List<Call> calls(String path) {
        return calls.stream().filter(c -> c.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
