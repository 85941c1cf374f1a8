package io.kubemate.tools.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kubemate.tools.outcome.Outcome;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * JSON over HTTP to one observability backend, with a per-call timeout cut short by the turn's deadline
 * ({@link CallDeadline}): one call never waits past it, and a call made after it is skipped. Every fault becomes an outcome with a
 * reason naming the backend: refused or timed-out connections and 429/5xx are {@code UNAVAILABLE}, 400/422 are
 * {@code BAD_REQUEST} with the server's own error text (for instance PromQL parse errors), 401/403 are
 * {@code Forbidden} and 404 is {@code NoData}.
 */
public final class JsonHttp {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ERROR_TEXT = 300;

    private final String backend;
    private final URI base;
    private final Duration timeout;
    private final Map<String, String> headers;
    private final HttpClient client;
    private final ObjectMapper mapper;

    public JsonHttp(String backend, URI base, Duration timeout, Map<String, String> headers) {
        this.backend = backend;
        this.base = base;
        this.timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        this.headers = Map.copyOf(headers);
        this.client = HttpClient.newBuilder().connectTimeout(this.timeout).build();
        this.mapper = mapper();
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    public String backend() {
        return backend;
    }

    public ObjectMapper json() {
        return mapper;
    }

    /** {@code pathAndQuery} is relative to the base URL and already encoded. */
    public Outcome<JsonNode> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    public Outcome<JsonNode> post(String path, Object body) {
        try {
            String json = mapper.writeValueAsString(body);
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        } catch (JsonProcessingException e) {
            return Outcome.badRequest("cannot write the request to " + backend + ": " + e.getOriginalMessage());
        }
    }

    public Outcome<JsonNode> postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Outcome<JsonNode> delete(String path) {
        return send(request(path).DELETE());
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        return mapper.convertValue(node, type);
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + pathAndQuery)).timeout(timeout)
                .header("Accept", "application/json");
        headers.forEach(builder::header);
        return builder;
    }

    private Outcome<JsonNode> send(HttpRequest.Builder builder) {
        Duration limit = timeout;
        Optional<Duration> left = CallDeadline.remaining();
        if (left.isPresent()) {
            if (left.get().toMillis() <= 0) {
                return unavailable(backend + " was not asked: the turn's deadline had passed");
            }
            if (left.get().compareTo(limit) < 0) {
                limit = left.get();
            }
        }
        // the request timeout covers connecting too, so one call never outlasts the limit
        HttpRequest request = builder.timeout(limit).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return unavailable(backend + " did not answer within " + seconds(limit));
        } catch (ConnectException | UnresolvedAddressException e) {
            return unavailable(backend + " refused the connection (" + base + ")");
        } catch (IOException e) {
            return unavailable(backend + " could not be reached: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted while waiting for " + backend);
        }
        return fromResponse(response.statusCode(), response.body());
    }

    private Outcome<JsonNode> fromResponse(int status, String body) {
        if (status >= 200 && status < 300) {
            if (body == null || body.isBlank()) {
                return Outcome.ok(mapper.nullNode());
            }
            try {
                return Outcome.ok(mapper.readTree(body));
            } catch (JsonProcessingException e) {
                return new Outcome.Failure<>(Outcome.FailureKind.BACKEND_ERROR,
                        backend + " answered with something that is not JSON");
            }
        }
        String error = errorText(body);
        return switch (status) {
            case 400, 422 -> Outcome.badRequest(backend + " rejected the query: " + error);
            case 401, 403 -> new Outcome.Forbidden<>(backend + " refused the request (HTTP " + status + ")");
            case 404 -> Outcome.noData(backend + " found nothing (HTTP 404" + (error.isEmpty() ? "" : ": " + error) + ")");
            case 429 -> unavailable(backend + " is rate-limiting requests (HTTP 429)" + (error.isEmpty() ? "" : ": " + error));
            default -> status >= 500
                    ? unavailable(backend + " failed with HTTP " + status + (error.isEmpty() ? "" : ": " + error))
                    : new Outcome.Failure<>(Outcome.FailureKind.BACKEND_ERROR, backend + " answered HTTP " + status + ": " + error);
        };
    }

    /** The server's own error text: Prometheus {@code error}, Alertmanager {@code message}, Jaeger {@code errors[].msg}, or the body. */
    String errorText(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        try {
            JsonNode node = mapper.readTree(text);
            if (node.isTextual()) {
                text = node.asText();
            } else if (node.hasNonNull("error") && node.get("error").isTextual()) {
                text = node.get("error").asText();
            } else if (node.hasNonNull("message")) {
                text = node.get("message").asText();
            } else if (node.path("errors").isArray() && !node.path("errors").isEmpty()) {
                text = node.path("errors").get(0).path("msg").asText(text);
            }
        } catch (JsonProcessingException e) {
            // plain text, as Loki answers
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "…" : text;
    }

    private static Outcome<JsonNode> unavailable(String reason) {
        return new Outcome.Failure<>(Outcome.FailureKind.UNAVAILABLE, reason);
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? d.toSeconds() + " s" : millis >= 1000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0)
                : millis + " ms";
    }

    /** Applies {@code next} to an OK value and passes any other outcome through. */
    public static <A, B> Outcome<B> then(Outcome<A> outcome, java.util.function.Function<A, Outcome<B>> next) {
        return switch (outcome) {
            case Outcome.Ok<A> ok -> next.apply(ok.value());
            case Outcome.Refusal refusal -> Outcome.passOn(refusal);
        };
    }
}
