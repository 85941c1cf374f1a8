package io.kubemate.tools.sandbox;

import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

/**
 * Answers through another dispatcher and then drops the server's record of the request. MockWebServer keeps every
 * request it receives (headers and body) for a test's {@code takeRequest}; nothing reads them in a sandbox, which
 * may serve a bot for days: 2,000 chats left ~48,000 of them, and the bot's 128 MiB heap ran out.
 */
final class UnrecordedDispatcher extends Dispatcher {

    private final Dispatcher answering;
    private final MockWebServer server;

    UnrecordedDispatcher(Dispatcher answering, MockWebServer server) {
        this.answering = answering;
        this.server = server;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        try {
            return answering.dispatch(request);
        } finally {
            server.reset();
        }
    }

    @Override
    public void shutdown() {
        answering.shutdown();
    }

    @Override
    public void releaseResources() {
        answering.releaseResources();
    }
}
