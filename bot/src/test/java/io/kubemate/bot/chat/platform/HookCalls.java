package io.kubemate.bot.chat.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubemate.bot.TestBot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests to a running bot's hooks as a platform sends them, and waiting for the work they start. */
public final class HookCalls {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HookCalls() {
    }

    public static HttpResponse<String> send(TestBot bot, String method, String pathAndQuery, String contentType, String body,
                                            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bot.url(pathAndQuery))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static void idle(TestBot bot) throws InterruptedException {
        assertTrue(bot.context().getBean(HookDispatcher.class).awaitIdle(Duration.ofSeconds(60)), "hook work did not finish");
    }

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
