package io.kubemate.bot.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Errors the framework answers itself (a malformed URI, an unsupported media type, no such route) carry the same
 * {@code {"error"}} as the bot's own, so every client reads one shape.
 */
@Primary
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ErrorBody implements JsonErrorResponseBodyProvider<Map<String, String>> {

    @Override
    public Map<String, String> body(ErrorContext context, HttpResponse<?> response) {
        String message = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        return Map.of("error", message.isBlank() ? response.reason() : message);
    }
}
