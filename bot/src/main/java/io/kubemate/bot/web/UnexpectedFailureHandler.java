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
import java.util.UUID;

/** A bug never reaches the user as a stack trace: it is logged with an id, and the reply names that id. */
@Produces
@Singleton
public class UnexpectedFailureHandler implements ExceptionHandler<RuntimeException, HttpResponse<Map<String, String>>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, RuntimeException exception) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("unexpected failure {} on {} {}", id, request.getMethod(), request.getPath(), exception);
        return HttpResponse.<Map<String, String>>status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Map.of("error", "internal error " + id + " (" + exception.getClass().getSimpleName()
                        + "); the bot's log has the details"));
    }
}
