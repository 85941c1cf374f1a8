package io.kubemate.tools.sandbox;

import io.fabric8.mockwebserver.http.ByteString;
import io.fabric8.mockwebserver.http.Response;
import io.fabric8.mockwebserver.http.WebSocket;
import io.fabric8.mockwebserver.http.WebSocketListener;

/**
 * A watch's listener whose end runs on a thread of its own. fabric8's CRUD watch listener waits, when its client
 * closes the watch, up to a minute for its own executor to finish; on the server's event loop that stalls every other
 * connection of that loop (the executor's pending close needs the loop). Everything else passes straight through.
 */
final class CloseOffEventLoop extends WebSocketListener {

    private final WebSocketListener watch;

    CloseOffEventLoop(WebSocketListener watch) {
        this.watch = watch;
    }

    @Override
    public void onBeforeAccept(WebSocket webSocket, Response response) {
        watch.onBeforeAccept(webSocket, response);
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        watch.onOpen(webSocket, response);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        watch.onMessage(webSocket, text);
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
        watch.onMessage(webSocket, bytes);
    }

    @Override
    public void onMessage(WebSocket webSocket, byte[] bytes) {
        watch.onMessage(webSocket, bytes);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        watch.onClosing(webSocket, code, reason);
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        Thread.ofVirtual().name("sandbox-watch-closed").start(() -> watch.onClosed(webSocket, code, reason));
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
        Thread.ofVirtual().name("sandbox-watch-failed").start(() -> watch.onFailure(webSocket, failure, response));
    }
}
