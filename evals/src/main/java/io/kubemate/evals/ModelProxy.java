package io.kubemate.evals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Sits between the bot and a real model server (Ollama or OpenAI-compatible) in live mode, passing every call
 * through unchanged and reading the tokens and tool calls from each answer, which the bot does not report.
 */
public final class ModelProxy implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String target;
    private final ModelMeter meter = new ModelMeter();

    private ModelProxy(String target) throws IOException {
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    /** @param target the model server, e.g. {@code http://127.0.0.1:11434} or {@code http://vllm:8000/v1} */
    public static ModelProxy start(String target) throws IOException {
        return new ModelProxy(target);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public ModelMeter meter() {
        return meter;
    }

    /** Bot configuration: the provider and model, with the proxy as the server's address. */
    public Map<String, Object> properties(String provider, String model) {
        return Map.of("kubemate.llm.provider", provider, "kubemate.llm.base-url", url(), "kubemate.llm.model", model);
    }

    private void forward(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                .timeout(Duration.ofMinutes(5))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : new String[]{"Content-Type", "Authorization", "Accept"}) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
            return;
        } catch (IOException e) {
            exchange.sendResponseHeaders(502, -1);
            return;
        }
        meter(response.body());
        response.headers().firstValue("Content-Type").ifPresent(v -> exchange.getResponseHeaders().set("Content-Type", v));
        exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    private void meter(byte[] body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException notJson) {
            return;
        }
        if (answer.has("usage")) {
            JsonNode message = answer.path("choices").path(0).path("message");
            meter.record(answer.path("usage").path("prompt_tokens").asLong(), answer.path("usage").path("completion_tokens").asLong(),
                    message.path("tool_calls").size());
        } else if (answer.has("message")) {
            meter.record(answer.path("prompt_eval_count").asLong(), answer.path("eval_count").asLong(),
                    answer.path("message").path("tool_calls").size());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
