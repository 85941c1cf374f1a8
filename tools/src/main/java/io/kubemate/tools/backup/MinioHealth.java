package io.kubemate.tools.backup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The backup target's health from MinIO's own probes: {@code /minio/health/live} (the node answers) and
 * {@code /minio/health/cluster} (the cluster has write quorum, so backups can be written). Unauthenticated, as
 * MinIO serves them; nothing but the status codes is read.
 */
public final class MinioHealth {

    public enum State { HEALTHY, NO_WRITE_QUORUM, DOWN, UNREACHABLE }

    /** What the probes said about {@code url}; {@code detail} names the status or the connection error. */
    public record Check(String url, State state, String detail) {
    }

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;

    public MinioHealth(URI base, Duration timeout, HttpClient http) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.timeout = timeout;
        this.http = http;
    }

    public Check check() {
        String url = base.toString();
        try {
            int live = status("minio/health/live");
            if (live != 200) {
                return new Check(url, State.DOWN, "/minio/health/live answered HTTP " + live);
            }
            int cluster = status("minio/health/cluster");
            return cluster == 200 ? new Check(url, State.HEALTHY, "live, write quorum")
                    : new Check(url, State.NO_WRITE_QUORUM, "/minio/health/cluster answered HTTP " + cluster);
        } catch (IOException e) {
            return new Check(url, State.UNREACHABLE, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check(url, State.UNREACHABLE, "interrupted");
        }
    }

    private int status(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
