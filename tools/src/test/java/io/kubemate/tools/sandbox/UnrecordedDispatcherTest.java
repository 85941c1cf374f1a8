package io.kubemate.tools.sandbox;

import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A sandbox that serves for days must not keep a record of every request it answered. */
class UnrecordedDispatcherTest {

    @Test
    void answers_every_request_and_keeps_none_of_them() throws Exception {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new UnrecordedDispatcher(new Echo(), server));
        server.start(InetAddress.getLoopbackAddress(), 0);
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (int i = 0; i < 50; i++) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getPort() + "/api/v1/pods/p-" + i)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode());
                assertEquals("/api/v1/pods/p-" + i, response.body());
            }
            assertNull(server.takeRequest(0, TimeUnit.MILLISECONDS), "the server kept a request");
            assertEquals(0, server.getRequestCount());
        } finally {
            server.shutdown();
        }
    }

    private static final class Echo extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse().setResponseCode(200).setBody(request.getPath());
        }
    }
}
