package io.kubemate.bot.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/** 404 {@code {"error"}} for a conversation that is not the person's. */
@Produces
@Singleton
public class NoSuchConversationHandler implements ExceptionHandler<NoSuchConversation, HttpResponse<Map<String, String>>> {

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, NoSuchConversation failure) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.NOT_FOUND).body(Map.of("error", failure.getMessage()));
    }
}
