package io.kubemate.bot.shutdown;

import io.kubemate.bot.TestBot;
import io.kubemate.bot.cli.BotLauncher;
import io.kubemate.bot.cli.ClusterOptions;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Stopping the bot (what SIGTERM does in a pod) stops new connections but lets a request in flight finish. */
class GracefulShutdownTest {

    @Test
    void a_request_in_flight_finishes_when_the_bot_stops() throws Exception {
        TestBot bot = TestBot.start(ClusterOptions.scenario(TestBot.SCENARIO), Map.of(SlowRequests.ENABLED, "true"));
        SlowRequests requests = bot.context().getBean(SlowRequests.class);
        int port = bot.context().getBean(EmbeddedServer.class).getPort();
        CompletableFuture<HttpResponse<String>> response = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/test/slow")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(requests.entered.await(30, TimeUnit.SECONDS), "the request reached the bot");

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> BotLauncher.stop(bot.context()));
        awaitRefusingConnections(port);
        requests.release.countDown();

        HttpResponse<String> finished = response.get(30, TimeUnit.SECONDS);
        assertEquals(200, finished.statusCode());
        assertEquals("finished", finished.body());
        stopped.get(30, TimeUnit.SECONDS);
    }

    /** The shutdown has begun once the port refuses new connections. */
    private static void awaitRefusingConnections(int port) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                Thread.sleep(50);
            } catch (IOException refused) {
                return;
            }
        }
        fail("the bot kept accepting connections after it was told to stop");
    }
}
