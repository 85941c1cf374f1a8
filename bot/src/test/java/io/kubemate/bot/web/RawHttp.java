package io.kubemate.bot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Requests as an attacker sends them: any method, raw bytes, any content type and headers, a raw path. */
final class RawHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    static HttpResponse<String> post(TestBot bot, String rawPath, byte[] body, String contentType, String... headers)
            throws IOException, InterruptedException {
        if (!valid(rawPath)) {
            return socket(bot, "POST", rawPath, body, contentType);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bot.url("").replaceAll("/$", "") + rawPath))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, headers);
    }

    static HttpResponse<String> get(TestBot bot, String rawPath, String... headers) throws IOException, InterruptedException {
        if (!valid(rawPath)) {
            return socket(bot, "GET", rawPath, null, null);
        }
        return send(HttpRequest.newBuilder(URI.create(bot.url("").replaceAll("/$", "") + rawPath)).timeout(Duration.ofSeconds(30)).GET(),
                headers);
    }

    private static boolean valid(String rawPath) {
        try {
            URI.create(rawPath);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A request line the JDK client refuses to send (broken percent-encoding), written on a plain socket. */
    private static HttpResponse<String> socket(TestBot bot, String method, String rawPath, byte[] body, String contentType)
            throws IOException {
        URI base = URI.create(bot.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(method + " " + rawPath + " HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nConnection: close\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n\r\n");
            request.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.write(body);
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int split = response.indexOf("\r\n\r\n");
            String text = split < 0 ? "" : response.substring(split + 4);
            return new SocketResponse(status, text, URI.create(bot.url("/")));
        }
    }

    private record SocketResponse(int statusCode, String body, URI uri) implements HttpResponse<String> {
        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (a, b) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) throws IOException, InterruptedException {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The response is a refusal with one of {@code statuses} and a JSON {@code {"error"}} naming the reason. */
    static void assertRefused(HttpResponse<String> response, int... statuses) {
        boolean expected = false;
        for (int status : statuses) {
            expected |= response.statusCode() == status;
        }
        assertTrue(expected, "status " + response.statusCode() + ": " + response.body());
        try {
            JsonNode body = JSON.readTree(response.body());
            assertTrue(body != null && body.path("error").isTextual() && !body.path("error").asText().isBlank(),
                    "no {\"error\"} reason: " + response.body());
        } catch (IOException e) {
            fail("not JSON: " + response.body());
        }
    }
}
