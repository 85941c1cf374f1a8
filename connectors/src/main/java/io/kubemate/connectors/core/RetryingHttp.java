package io.kubemate.connectors.core;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends a request again only when it certainly did not take effect: a 429 answer (after the platform's
 * {@code Retry-After}) or a refused connection. Timeouts and 5xx answers are not retried here, because the post
 * may have been made; the sender's idempotency key covers those on a later attempt.
 */
public final class RetryingHttp {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final Sleeper sleeper;
    private final int maxAttempts;

    public RetryingHttp(HttpClient http, Sleeper sleeper, int maxAttempts) {
        this.http = http;
        this.sleeper = sleeper;
        this.maxAttempts = maxAttempts;
    }

    public HttpResponse<String> send(HttpRequest request, String what) throws SendException {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 429) {
                    return response;
                }
                if (attempt >= maxAttempts) {
                    throw new SendException(what + ": still rate limited (429) after " + attempt + " attempts");
                }
                sleeper.sleep(retryAfter(response));
            } catch (ConnectException e) {
                if (attempt >= maxAttempts) {
                    throw new SendException(what + ": cannot connect to " + request.uri().getHost() + " after " + attempt + " attempts", e);
                }
                sleep(DEFAULT_WAIT.multipliedBy(attempt));
            } catch (IOException e) {
                throw new SendException(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SendException(what + ": interrupted", e);
            }
        }
    }

    private void sleep(Duration duration) throws SendException {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendException("interrupted while waiting to retry", e);
        }
    }

    static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                Duration wait = Duration.ofSeconds(Long.parseLong(value.trim()));
                return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.isNegative() ? DEFAULT_WAIT : wait;
            } catch (NumberFormatException e) {
                return DEFAULT_WAIT;
            }
        }).orElse(DEFAULT_WAIT);
    }
}
