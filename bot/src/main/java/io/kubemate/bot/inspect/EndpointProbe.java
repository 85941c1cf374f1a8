package io.kubemate.bot.inspect;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Cheap reachability probes with a short timeout: one HTTP GET whose body is discarded (any answer below 500 means
 * the server is there, a 401 included), or one TCP connection. Each returns why the endpoint did not answer, if it
 * did not.
 */
final class EndpointProbe implements AutoCloseable {

    private final Duration timeout;
    private final HttpClient http;

    EndpointProbe(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Optional<String> get(URI url, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).GET();
        if (bearer != null && !bearer.isBlank()) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 500 ? Optional.of("HTTP " + status) : Optional.empty();
        } catch (IOException e) {
            return Optional.of(why(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    Optional<String> connect(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(why(e));
        }
    }

    /** Stops the client's selector thread, which would otherwise hold a command's exit back (see ClosingHttpClientFactory). */
    @Override
    public void close() {
        http.shutdownNow();
    }

    private String why(IOException e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (kind.contains("Timeout")) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
