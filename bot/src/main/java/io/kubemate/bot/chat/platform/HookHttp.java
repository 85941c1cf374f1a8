package io.kubemate.bot.chat.platform;

import io.kubemate.connectors.core.RequestHeaders;
import io.kubemate.connectors.core.RetryingHttp;
import io.kubemate.connectors.core.Sleeper;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;

import java.net.http.HttpClient;
import java.time.Duration;

/** Small things every platform's hook and account set-up share. */
public final class HookHttp {

    private HookHttp() {
    }

    public static RetryingHttp retrying() {
        return new RetryingHttp(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), Sleeper.SYSTEM, 4);
    }

    public static void require(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(key + " is required");
        }
    }

    public static RequestHeaders headers(HttpRequest<?> request) {
        return RequestHeaders.of(request.getHeaders().asMap());
    }

    /** The query string, for platforms that sign there (WeCom, DingTalk's encrypted callbacks). */
    public static RequestHeaders query(HttpRequest<?> request) {
        return RequestHeaders.of(request.getParameters().asMap());
    }
}
