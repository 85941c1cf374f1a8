package io.kubemate.tools.backup;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MinIO's health probes as MinIO answers them: 200 when live / with write quorum, 503 when not. */
class MinioHealthTest {

    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final HttpServer minio;

    MinioHealthTest() throws IOException {
        minio = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        minio.createContext("/minio/health/", exchange -> {
            exchange.sendResponseHeaders(statuses.getOrDefault(exchange.getRequestURI().getPath(), 404), -1);
            exchange.close();
        });
        minio.start();
    }

    @AfterEach
    void stop() {
        minio.stop(0);
    }

    private MinioHealth.Check check() {
        return new MinioHealth(URI.create("http://127.0.0.1:" + minio.getAddress().getPort()), Duration.ofSeconds(2),
                HttpClient.newHttpClient()).check();
    }

    @Test
    void healthy_when_live_and_with_write_quorum() {
        statuses.put("/minio/health/live", 200);
        statuses.put("/minio/health/cluster", 200);
        assertEquals(MinioHealth.State.HEALTHY, check().state());
    }

    @Test
    void a_live_node_without_write_quorum_cannot_take_backups() {
        statuses.put("/minio/health/live", 200);
        statuses.put("/minio/health/cluster", 503);
        MinioHealth.Check check = check();
        assertEquals(MinioHealth.State.NO_WRITE_QUORUM, check.state());
        assertEquals("/minio/health/cluster answered HTTP 503", check.detail());
    }

    @Test
    void down_when_the_node_is_not_live_and_unreachable_when_nothing_answers() throws IOException {
        statuses.put("/minio/health/live", 503);
        assertEquals(MinioHealth.State.DOWN, check().state());
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        MinioHealth.Check unreachable = new MinioHealth(URI.create("http://127.0.0.1:" + closed), Duration.ofSeconds(2),
                HttpClient.newHttpClient()).check();
        assertEquals(MinioHealth.State.UNREACHABLE, unreachable.state());
        assertTrue(unreachable.detail().startsWith("ConnectException"), unreachable.detail());
    }
}
