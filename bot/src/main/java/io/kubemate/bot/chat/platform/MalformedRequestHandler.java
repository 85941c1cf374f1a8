package io.kubemate.bot.chat.platform;

import io.kubemate.connectors.core.MalformedRequestException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

/** A verified webhook body that is not what the platform documents: 400 with the reason. */
@Produces
@Singleton
public class MalformedRequestHandler implements ExceptionHandler<MalformedRequestException, HttpResponse<Map<String, String>>> {

    @Override
    public HttpResponse<Map<String, String>> handle(HttpRequest request, MalformedRequestException exception) {
        return HttpResponse.badRequest(Map.of("error", exception.getMessage()));
    }
}
