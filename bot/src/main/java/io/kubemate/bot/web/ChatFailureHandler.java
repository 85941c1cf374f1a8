package io.kubemate.bot.web;

import io.kubemate.bot.chat.ChatFailure;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/** A request the bot cannot answer becomes {@code {"error": "..."}} with the status that fits. */
@Produces
@Singleton
public class ChatFailureHandler implements ExceptionHandler<ChatFailure, HttpResponse<Map<String, String>>> {

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, ChatFailure failure) {
        Map<String, String> body = Map.of("error", failure.getMessage());
        return switch (failure.kind()) {
            case BAD_INPUT -> HttpResponse.badRequest(body);
            case UNKNOWN_USER -> HttpResponse.<Map<String, String>>status(io.micronaut.http.HttpStatus.FORBIDDEN).body(body);
            case BACKEND_UNAVAILABLE -> HttpResponse.<Map<String, String>>status(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE).body(body);
        };
    }
}
