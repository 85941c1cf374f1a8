package io.kubemate.tools.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves recorded HTTP responses from a folder, one file per request path: {@code GET /api/tags} answers
 * {@code <folder>/api/tags.json} (JSON) or {@code <folder>/api/tags} (as is). A file {@code <path>.status} holding a
 * number sets the status (with or without a body: {@code health.status} alone makes an empty 503); a path with
 * neither answers 404. The query string is ignored. Paths never leave the folder.
 */
public final class RecordedHttp implements HttpHandler {

    private final Path root;
    private final String prefix;

    RecordedHttp(Path root, String prefix) {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
    }

    /** A server on a free loopback port answering from {@code folder} at its root. */
    public static Server start(Path folder) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", new RecordedHttp(folder, ""));
        server.start();
        return new Server(server);
    }

    /** A running stand-in; {@link #url()} is its base URL. */
    public record Server(HttpServer server) implements AutoCloseable {

        public URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String relative = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
        relative = relative.replaceAll("^/+", "").replaceAll("/+$", "");
        Path base = root.resolve(relative.isEmpty() ? "index" : relative).normalize();
        if (!base.startsWith(root)) {
            send(exchange, 404, "text/plain", "404 page not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        Path json = base.resolveSibling(base.getFileName() + ".json");
        Optional<Path> body = Files.isRegularFile(json) ? Optional.of(json) : Files.isRegularFile(base) ? Optional.of(base) : Optional.empty();
        Path statusFile = base.resolveSibling(base.getFileName() + ".status");
        int status = Files.isRegularFile(statusFile) ? Integer.parseInt(Files.readString(statusFile).strip()) : body.isPresent() ? 200 : 404;
        if (body.isEmpty()) {
            send(exchange, status, "text/plain", status == 404 ? "404 page not found\n".getBytes(StandardCharsets.UTF_8) : new byte[0]);
            return;
        }
        send(exchange, status, body.get().equals(json) ? "application/json" : "text/plain", Files.readAllBytes(body.get()));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
