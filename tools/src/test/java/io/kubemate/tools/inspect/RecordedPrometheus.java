package io.kubemate.tools.inspect;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Prometheus stand-in that answers each PromQL query with a recorded {@code /api/v1/query} response, and an
 * empty vector for queries it has no recording of. It keeps the queries it was asked.
 */
final class RecordedPrometheus implements AutoCloseable {

    static final String EMPTY = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}";

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, String> byFragment = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    RecordedPrometheus() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/query", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String query = "";
            for (String pair : form.split("&")) {
                if (pair.startsWith("query=")) {
                    query = URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
                }
            }
            asked.add(query);
            byte[] body = (status == 200 ? answers.getOrDefault(query, byFragment(query))
                    : "{\"status\":\"error\",\"errorType\":\"internal\",\"error\":\"query processing would load too many samples\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    RecordedPrometheus answer(String promql, String json) {
        answers.put(promql, json);
        return this;
    }

    /** Answers every query that mentions {@code fragment} (a metric name) and has no exact recording. */
    RecordedPrometheus answerMentioning(String fragment, String json) {
        byFragment.put(fragment, json);
        return this;
    }

    private String byFragment(String query) {
        return byFragment.entrySet().stream().filter(e -> query.contains(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(EMPTY);
    }

    RecordedPrometheus failing(int httpStatus) {
        status = httpStatus;
        return this;
    }

    List<String> asked() {
        return List.copyOf(asked);
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
