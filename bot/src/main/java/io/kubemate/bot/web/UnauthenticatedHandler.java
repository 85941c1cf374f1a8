package io.kubemate.bot.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/** No accepted identity: 401 {@code {"error"}}, and a log line naming where the request came from. */
@Produces
@Singleton
public class UnauthenticatedHandler implements ExceptionHandler<Unauthenticated, HttpResponse<Map<String, String>>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnauthenticatedHandler.class);

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, Unauthenticated failure) {
        LOG.warn("refused {} {} from {}: {}", request.getMethod(), request.getPath(), request.getRemoteAddress(), failure.getMessage());
        return HttpResponse.<Map<String, String>>status(HttpStatus.UNAUTHORIZED).body(Map.of("error", failure.getMessage()));
    }
}
